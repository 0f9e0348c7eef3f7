"""A faithful Shopify Admin GraphQL API on loopback, for tests and demo mode.

`ShopifyEmulator` (server.py) serves `ShopState` (state.py) through `AdminApi` (api.py),
with costs and buckets (costs.py), bulk queries (bulk.py), fault switches (faults.py)
and an online store that competes for stock (simulator.py).
"""

from .faults import Fault, FaultPlan
from .server import DEFAULT_TOKEN, ShopifyEmulator
from .simulator import OnlineStore
from .state import ShopState

__all__ = ["DEFAULT_TOKEN", "Fault", "FaultPlan", "OnlineStore", "ShopState",
           "ShopifyEmulator"]
