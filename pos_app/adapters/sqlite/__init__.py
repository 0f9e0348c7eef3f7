"""The terminal's local SQLite store: engine, schema, migrations and repositories."""
