"""The central database: PostgreSQL for many stores, or embedded SQLite for one."""
