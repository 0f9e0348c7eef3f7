"""Shopify Admin API adapter: httpx client, GraphQL documents, mapping, token, settings."""
