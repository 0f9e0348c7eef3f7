"""pos_app: an offline-first point of sale for Shopify stores."""

__version__ = "0.1.0"
