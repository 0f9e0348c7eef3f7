"""What `pos-app shopify connect` asks a shop before it stores anything: who it is, what
the token may do, and where it keeps stock (one cheap query)."""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.adapters.shopify.client import ShopifyAdminClient

# What the till reads and writes: the catalog, stock levels, and the locations.
REQUIRED_SCOPES = ("read_products", "read_inventory", "write_inventory", "read_locations")

CONNECT = """
query Connect($after: String) {
  shop { name myshopifyDomain currencyCode }
  currentAppInstallation { accessScopes { handle } }
  locations(first: 250, after: $after) {
    nodes { id name isActive }
    pageInfo { hasNextPage endCursor }
  }
}
"""


@dataclass(frozen=True, slots=True)
class ShopLocation:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class ShopProbe:
    name: str
    domain: str
    currency: str
    scopes: frozenset[str]
    locations: tuple[ShopLocation, ...]  # active ones, in Shopify's order

    @property
    def missing_scopes(self) -> tuple[str, ...]:
        return tuple(s for s in REQUIRED_SCOPES if s not in self.scopes
                     and not (s.startswith("read_") and "write_" + s[5:] in self.scopes))

    def find_location(self, wanted: str) -> ShopLocation | None:
        w = wanted.strip()
        for loc in self.locations:
            if loc.id == w or loc.name.casefold() == w.casefold():
                return loc
        return None


def probe_shop(client: ShopifyAdminClient) -> ShopProbe:
    """One Connect query (more pages only for a shop with over 250 locations); raises the
    client's typed errors (auth refused, unreachable, contract)."""
    after: str | None = None
    locations: list[ShopLocation] = []
    while True:
        data = client.execute("Connect", CONNECT, {"after": after}, cost_hint=10).data
        conn = data["locations"]
        locations += [ShopLocation(str(n["id"]), str(n["name"])) for n in conn["nodes"]
                      if n.get("isActive", True)]
        if not conn["pageInfo"]["hasNextPage"]:
            break
        after = conn["pageInfo"]["endCursor"]
    shop = data["shop"]
    scopes = frozenset(str(s["handle"]) for s in
                       data["currentAppInstallation"]["accessScopes"])
    return ShopProbe(str(shop["name"]), str(shop["myshopifyDomain"]),
                     str(shop["currencyCode"]), scopes, tuple(locations))
