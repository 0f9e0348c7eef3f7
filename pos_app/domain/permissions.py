"""Who may do what at the counter, and what needs a manager's approval."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import PermissionDenied


class Role(Enum):
    CASHIER = "cashier"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    OWNER = "owner"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Role.CASHIER: 0, Role.SUPERVISOR: 1, Role.MANAGER: 2, Role.OWNER: 3}


class Action(Enum):
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    PRICE_OVERRIDE = "price_override"
    VOID = "void"
    POST_VOID = "post_void"
    RETURN_NO_RECEIPT = "return_no_receipt"
    OPEN_DRAWER = "open_drawer"
    # A count sets Shopify's on_hand: a miscount (or a cover-up of shrinkage) moves stock
    # for every channel, so it is not a cashier's call alone.
    COUNT_STOCK = "count_stock"
    RESOLVE_STOCK_ATTENTION = "resolve_stock_attention"
    # A refund against a receipt goes back to how the sale was paid; cash for a card sale
    # is how money walks out of a till.
    REFUND_OTHER_TENDER = "refund_other_tender"
    # Taking a line off an open sale: any cashier may, and every one is recorded.
    LINE_VOID = "line_void"
    # Cash taken out of (paid out of) the drawer, and put in: any staff member up to
    # their role's limit in the store settings (`amount_authority`); beyond it a
    # senior role approves.
    CASH_OUT = "cash_out"
    CASH_IN = "cash_in"
    # Prices for the whole store change with an import.
    IMPORT_CATALOG = "import_catalog"
    # Adding people, their roles and PINs, unlocking a locked PIN; commission plans.
    EDIT_STAFF = "edit_staff"
    EDIT_PLANS = "edit_plans"


# The lowest role that may perform each action on its own authority.
REQUIRED: dict[Action, Role] = {
    Action.DISCOUNT_OVER_LIMIT: Role.SUPERVISOR,
    Action.PRICE_OVERRIDE: Role.SUPERVISOR,
    Action.VOID: Role.SUPERVISOR,
    Action.POST_VOID: Role.MANAGER,
    Action.RETURN_NO_RECEIPT: Role.SUPERVISOR,
    Action.OPEN_DRAWER: Role.SUPERVISOR,
    Action.COUNT_STOCK: Role.SUPERVISOR,
    Action.RESOLVE_STOCK_ATTENTION: Role.MANAGER,
    Action.REFUND_OTHER_TENDER: Role.SUPERVISOR,
    Action.LINE_VOID: Role.CASHIER,
    Action.CASH_OUT: Role.CASHIER,
    Action.CASH_IN: Role.CASHIER,
    Action.IMPORT_CATALOG: Role.MANAGER,
    Action.EDIT_STAFF: Role.MANAGER,
    Action.EDIT_PLANS: Role.MANAGER,
}


@dataclass(frozen=True, slots=True)
class Actor:
    """A staff member whose PIN has been checked by the staff service."""

    staff_id: str
    role: Role


def authorize(action: Action, actor: Actor | None, approver: Actor | None) -> str | None:
    """Return who authorised `action` (the actor or the approver), or raise."""
    need = REQUIRED[action]
    if actor is not None and actor.role.rank >= need.rank:
        return actor.staff_id
    if approver is not None and approver.role.rank >= need.rank:
        return approver.staff_id
    label = action.value.replace("_", " ")
    if approver is not None:
        raise PermissionDenied(f"{approver.role.value.title()} cannot approve {label}; "
                               f"a {need.value} or above must approve")
    raise PermissionDenied(f"Manager approval needed: {label}")


@dataclass(frozen=True, slots=True)
class AmountLimits:
    """The largest amount (minor units) each role may move on its own authority in one
    go, e.g. a pay-out; a role not listed has no limit. From the store settings
    (`cash_out_limit_cashier`, `cash_out_limit_supervisor`)."""

    by_role: tuple[tuple[Role, int], ...] = ()

    def limit(self, role: Role) -> int | None:
        return next((amount for r, amount in self.by_role if r is role), None)

    def allows(self, role: Role, amount: int) -> bool:
        limit = self.limit(role)
        return limit is None or amount <= limit

    def role_needed(self, amount: int, at_least: Role = Role.CASHIER) -> Role:
        """The lowest role (from `at_least` up) whose limit covers `amount`."""
        for role in sorted(Role, key=lambda r: r.rank):
            if role.rank >= at_least.rank and self.allows(role, amount):
                return role
        return Role.OWNER


def authorize_amount(action: Action, amount: int, limits: AmountLimits, actor: Actor,
                     approver: Actor | None, *, amount_text: str = "") -> str | None:
    """Like `authorize`, and the amount must be within the actor's (or the approver's)
    limit. Returns who authorised it beyond the actor (the approver), or None."""
    need = limits.role_needed(amount, REQUIRED[action])
    if actor.role.rank >= need.rank:
        return None
    if approver is not None and approver.role.rank >= need.rank:
        return approver.staff_id
    label = action.value.replace("_", " ")
    over = f" of {amount_text}" if amount_text else ""
    raise PermissionDenied(f"Manager approval needed: {label}{over} is above what a "
                           f"{actor.role.value} may do alone (a {need.value} or above "
                           "must approve)")
