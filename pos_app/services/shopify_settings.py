"""Typed Shopify connection settings and feature flags, read once at start-up.

The access token is not a setting: it lives in the keyring (see the Shopify adapter).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum

from pos_app.domain.errors import ConfigError

DEFAULT_API_VERSION = "2026-04"


class Flag(Enum):
    # Bulk operations for the first catalog sync and for big level reads.
    BATCH_RECONCILIATION = "batch_reconciliation"
    # Retry failed Shopify calls within a pass (backoff + jitter) instead of waiting
    # for the next scheduled pass.
    AUTO_RETRY = "auto_retry"


@dataclass(frozen=True, slots=True)
class FeatureFlags:
    batch_reconciliation: bool = True
    auto_retry: bool = True

    def enabled(self, flag: Flag) -> bool:
        return bool(getattr(self, flag.value))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, object]) -> FeatureFlags:
        known = {f.name for f in fields(cls)}
        out: dict[str, bool] = {}
        for key, value in raw.items():
            name = key.lower()
            if name not in known:
                raise ConfigError(f"Unknown feature flag {key!r} (known: "
                                  f"{', '.join(sorted(k.upper() for k in known))})")
            if not isinstance(value, bool):
                raise ConfigError(f"Feature flag {key} must be true or false, got {value!r}")
            out[name] = value
        return replace(cls(), **out)


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
