"""CLI: demo-data and import-catalog (filled in by the catalog work)."""
