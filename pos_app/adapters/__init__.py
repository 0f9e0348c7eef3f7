"""Adapters: the local SQLite store, the central database, Shopify, keyring, printers."""
