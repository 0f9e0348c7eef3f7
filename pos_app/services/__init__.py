"""Use cases: the sale session, shifts, catalog import; ports are Protocols here."""
