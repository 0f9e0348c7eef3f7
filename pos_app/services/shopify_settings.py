"""Typed Shopify connection settings, read once at start-up.

The access token is not a setting: it lives in the keyring (see the Shopify adapter).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .flags import FeatureFlags

DEFAULT_API_VERSION = "2026-04"


@dataclass(frozen=True, slots=True)
class ShopifySettings:
    # "my-shop" / "my-shop.myshopify.com", or a full base URL (the local emulator).
    shop: str = ""
    api_version: str = DEFAULT_API_VERSION
    # The location this terminal sells from: a gid://shopify/Location/... or its name.
    location: str = ""
    sync_interval_seconds: int = 120
    request_timeout_seconds: float = 10.0
    # Above this many levels expected to have changed, read them with a bulk operation.
    bulk_threshold: int = 2500
    # An incremental read still paging after this many pages is finished with a bulk
    # operation instead: a page costs ~750 points, a bulk read ~10.
    bulk_after_pages: int = 4
    # Incremental reads look back this far before the newest updatedAt already seen,
    # because Shopify stamps whole seconds and its search index may lag a little.
    pull_overlap_seconds: int = 2
    bulk_timeout_seconds: float = 900.0
    taxable_tax_class: str = "standard"
    exempt_tax_class: str = "exempt"
    # The terminal's flags with [shopify.flags] applied on top (AUTO_RETRY,
    # BATCH_RECONCILIATION matter here).
    flags: FeatureFlags = field(default_factory=FeatureFlags)

    @property
    def configured(self) -> bool:
        return bool(self.shop and self.location)

    @property
    def base_url(self) -> str:
        shop = self.shop.strip().rstrip("/")
        if shop.startswith(("http://", "https://")):
            return shop
        if "." not in shop:
            shop = f"{shop}.myshopify.com"
        return f"https://{shop}"

    @property
    def graphql_url(self) -> str:
        return f"{self.base_url}/admin/api/{self.api_version}/graphql.json"
