"""The catalog as the counter sees it: sellable variants, tax classes and rates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

RATE_SCALE = 10**8  # tax rates are exact to 1e-8 (0.000001 %)


@dataclass(frozen=True, slots=True)
class TaxRate:
    """One tax (e.g. state sales tax 6.25 %) as an exact decimal fraction."""

    code: str
    name: str
    rate: Decimal  # 0.0625 for 6.25 %

    def __post_init__(self) -> None:
        if not (Decimal(0) <= self.rate < Decimal(1)):
            raise ValueError(f"tax rate {self.code} must be in [0, 1), got {self.rate}")
        if (self.rate * RATE_SCALE) % 1:
            raise ValueError(f"tax rate {self.code} has more than 8 decimal places: {self.rate}")

    @property
    def units(self) -> int:
        """The rate in units of 1e-8, so tax arithmetic stays in exact integers."""
        return int(self.rate * RATE_SCALE)


@dataclass(frozen=True, slots=True)
class TaxClass:
    """A set of rates that apply together (e.g. state + county), added, not compounded."""

    code: str
    name: str
    rates: tuple[TaxRate, ...]

    @property
    def combined(self) -> Decimal:
        return sum((r.rate for r in self.rates), Decimal(0))

    @property
    def combined_units(self) -> int:
        return sum(r.units for r in self.rates)


@dataclass(frozen=True, slots=True)
class Variant:
    """A sellable item: one variant of a product, with its codes and price."""

    id: str
    product_id: str
    sku: str
    barcode: str | None
    title: str  # "T-shirt / Blue / M": product title plus variant options
    price_minor: int
    currency: str
    tax_class: str
    tracked: bool = True
    product_type: str = ""
    vendor: str = ""
    version: int = 1

    def __post_init__(self) -> None:
        if self.price_minor < 0:
            raise ValueError(f"price of {self.sku} must not be negative")
