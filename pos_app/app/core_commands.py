"""CLI: run and status."""
