"""Typed store and terminal settings, read once at start-up. Secrets are never settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pos_app.domain.permissions import AmountLimits, Role
from pos_app.domain.throttle import ThrottlePolicy

from .flags import FeatureFlags, FlagLayers
from .locale_format import LocaleFormat

# Languages the counter's screens are translated into (resources/i18n/pos_app_<xx>.ts).
LANGUAGES = ("en", "es", "de", "ar")

DEFAULT_RETURN_REASONS = ("Damaged", "Wrong size", "Changed mind", "Faulty")


class TaxRounding(Enum):
    PER_LINE = "per_line"
    PER_TOTAL = "per_total"


@dataclass(frozen=True, slots=True)
class StoreSettings:
    name: str = "Demo Store"
    address: str = "1 Market Street, Springfield"
    currency: str = "USD"
    # How money, numbers, dates and times are written ("en_US", "de_DE", "es_MX"), the
    # store's IANA time zone (reports and receipts show local times), and the language
    # of the screens ("" = the locale's own when translated, else English).
    locale: str = "en_US"
    timezone: str = "UTC"
    language: str = ""
    prices_include_tax: bool = False
    tax_rounding: TaxRounding = TaxRounding.PER_LINE
    # Cash rounding increment in minor units (5 = 0.05); 1 means none.
    cash_rounding: int = 1
    # A cashier may give up to this discount (basis points) without approval.
    cashier_max_discount_bp: int = 1000
    max_line_quantity: int = 9999
    # Cash one person may pay out of the drawer in one go without approval, in minor
    # units (2000 = 20.00); more needs a supervisor, more than the supervisor's limit a
    # manager (managers and owners have no limit).
    cash_out_limit_cashier: int = 2000
    cash_out_limit_supervisor: int = 20000
    # Wrong PINs (pos_app/domain/throttle.py): this many in a row are free, then the
    # person waits pin_first_wait_seconds, doubling with each further wrong PIN, and
    # the pin_lock_after-th in a row locks them until a manager unlocks.
    pin_free_failures: int = 3
    pin_first_wait_seconds: int = 30
    pin_lock_after: int = 10
    # Why goods come back, offered per returned line in this order; a returned line
    # with one of `no_restock_reasons` is not put back on the shelf unless the cashier
    # says so (only restocked units change stock).
    return_reasons: tuple[str, ...] = DEFAULT_RETURN_REASONS
    no_restock_reasons: tuple[str, ...] = ("Damaged", "Faulty")

    def restock_by_default(self, reason: str) -> bool:
        """Whether a unit returned for `reason` goes back on the shelf unless changed."""
        return reason.casefold() not in {r.casefold() for r in self.no_restock_reasons}

    def locale_format(self) -> LocaleFormat:
        """The store's formats: its locale, zone and currency (ConfigError if unknown)."""
        return LocaleFormat(self.locale, self.timezone, self.currency)

    @property
    def ui_language(self) -> str:
        """The screens' language: `language` if set, else the locale's language when the
        counter is translated into it, else English."""
        if self.language:
            return self.language
        lang = self.locale.replace("-", "_").split("_")[0].lower()
        return lang if lang in LANGUAGES else "en"

    def throttle_policy(self) -> ThrottlePolicy:
        return ThrottlePolicy(self.pin_free_failures, self.pin_first_wait_seconds,
                              self.pin_lock_after)

    def cash_out_limits(self) -> AmountLimits:
        return AmountLimits(((Role.CASHIER, self.cash_out_limit_cashier),
                             (Role.SUPERVISOR, self.cash_out_limit_supervisor)))


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    terminal_id: str = "T1"
    store: StoreSettings = field(default_factory=StoreSettings)
    demo: bool = False
    # Open sales untouched this long are parked (held) automatically.
    park_after_minutes: int = 240
    # The counter locks back to sign-in after this long without a key or action.
    lock_after_minutes: int = 10
    # Completed, fully synced sales keep their command log this many days.
    compact_after_days: int = 30
    # Acknowledged outbox rows are kept this many days, then pruned (in small batches).
    outbox_retention_days: int = 30
    config_path: Path | None = None
    flags: FeatureFlags = field(default_factory=FeatureFlags)
    # The till's own flag layers ([flags], POS_APP_FLAG_*): the store's central overrides
    # go between them when the data directory is opened (services/flags.py).
    flag_layers: FlagLayers = field(default_factory=FlagLayers)
    # Raw tables of the sections owned by integrations ([shopify], [central]); each
    # integration parses and validates its own table once, at start-up.
    sections: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({}))
