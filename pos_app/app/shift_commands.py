"""CLI: shift open / cash in-out / X report / close (filled in by the shift work)."""
