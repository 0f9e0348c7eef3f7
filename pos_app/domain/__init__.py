"""Plain-Python rules of the store: money, catalog, sales, taxes, tenders, shifts.

Nothing here imports a framework, a database driver or the network.
"""
