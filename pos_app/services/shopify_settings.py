"""Typed Shopify connection settings, read once at start-up.

The access token is not a setting: it lives in the keyring (see the Shopify adapter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pos_app.domain.errors import ConfigError

from .flags import FeatureFlags

DEFAULT_API_VERSION = "2026-04"
# Inventory writes carry `@idempotent` and `changeFromQuantity`, which Shopify accepts
# from this version on; an older version fails every push.
MINIMUM_API_VERSION = "2026-01"
SHOP_FORMS = ("my-shop, my-shop.myshopify.com, https://my-shop.myshopify.com/admin or "
              "admin.shopify.com/store/my-shop (or http://127.0.0.1:PORT for a local "
              "emulator)")
_HANDLE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def normalize_shop(text: str) -> str:
    """The shop's base URL from any form a person pastes: "my-shop",
    "my-shop.myshopify.com", "https://my-shop.myshopify.com/admin/products",
    "admin.shopify.com/store/my-shop/…" all give "https://my-shop.myshopify.com";
    a loopback address without a scheme ("127.0.0.1:8787") is plain http (a local
    emulator). ConfigError naming the accepted forms otherwise."""
    raw = text.strip()
    if not raw:
        raise ConfigError(f"Shopify shop is empty; give the shop as {SHOP_FORMS}")
    has_scheme = "://" in raw
    parts = urlsplit(raw if has_scheme else f"//{raw}")
    scheme = parts.scheme.lower()
    if has_scheme and scheme not in ("http", "https"):
        raise ConfigError(f"Shopify shop {text!r}: the scheme must be https (or http for "
                          f"a local emulator); give the shop as {SHOP_FORMS}")
    host = (parts.hostname or "").lower()
    path = [p for p in parts.path.split("/") if p]
    if host == "admin.shopify.com":
        if len(path) >= 2 and path[0] == "store" and _HANDLE.match(path[1].lower()):
            return f"https://{path[1].lower()}.myshopify.com"
        raise ConfigError(f"Shopify shop {text!r}: an admin.shopify.com address must read "
                          f"admin.shopify.com/store/<your shop>")
    if host in _LOOPBACK or host.startswith("127."):
        port = f":{parts.port}" if parts.port else ""
        return f"{scheme or 'http'}://{host}{port}"
    if "." not in host and _HANDLE.match(host):
        return f"https://{host}.myshopify.com"
    if host.endswith(".myshopify.com") and _HANDLE.match(host.removesuffix(".myshopify.com")):
        if scheme == "http":
            raise ConfigError(f"Shopify shop {text!r}: Shopify is reached over https only")
        return f"https://{host}"
    if "." in host and all(_HANDLE.match(label) for label in host.split(".")):
        # Another Admin API host (a stand-in, a proxy): its address, without the path;
        # plain http to anything but this machine is refused where the client is made.
        port = f":{parts.port}" if parts.port else ""
        return f"{scheme or 'https'}://{host}{port}"
    raise ConfigError(f"Shopify shop {text!r} is not a shop address; give the shop as "
                      f"{SHOP_FORMS}")


def check_api_version(version: str) -> str:
    """`version` if it is a Shopify API version (YYYY-MM, a quarter's first month) no
    older than MINIMUM_API_VERSION; ConfigError saying so otherwise."""
    v = version.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if not m or m.group(2) not in ("01", "04", "07", "10"):
        raise ConfigError(f"Shopify api_version {version!r} is not a Shopify API version "
                          f"(YYYY-MM, a quarter: e.g. {DEFAULT_API_VERSION})")
    if v < MINIMUM_API_VERSION:
        raise ConfigError(f"Shopify api_version {v} is older than {MINIMUM_API_VERSION}, "
                          f"the first version with the idempotent inventory writes this "
                          f"till needs; set api_version = \"{DEFAULT_API_VERSION}\"")
    return v


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
        return normalize_shop(self.shop)

    @property
    def graphql_url(self) -> str:
        return f"{self.base_url}/admin/api/{self.api_version}/graphql.json"
