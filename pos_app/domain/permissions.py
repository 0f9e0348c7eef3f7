"""Who may do what at the counter, and what needs a manager's approval."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import ApprovalNeeded, Message, PermissionDenied, msg
from .money import Money


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


# How the messages name each action and role (translated on the screens).
ACTION_LABEL: dict[Action, Message] = {
    Action.DISCOUNT_OVER_LIMIT: msg("discount over limit"),
    Action.PRICE_OVERRIDE: msg("price override"),
    Action.VOID: msg("void"),
    Action.POST_VOID: msg("post void"),
    Action.RETURN_NO_RECEIPT: msg("return no receipt"),
    Action.OPEN_DRAWER: msg("open drawer"),
    Action.COUNT_STOCK: msg("count stock"),
    Action.RESOLVE_STOCK_ATTENTION: msg("resolve stock attention"),
    Action.REFUND_OTHER_TENDER: msg("refund other tender"),
    Action.LINE_VOID: msg("line void"),
    Action.CASH_OUT: msg("cash out"),
    Action.CASH_IN: msg("cash in"),
    Action.IMPORT_CATALOG: msg("import catalog"),
    Action.EDIT_STAFF: msg("edit staff"),
    Action.EDIT_PLANS: msg("edit plans"),
}
ROLE_WORD: dict[Role, Message] = {
    Role.CASHIER: msg("cashier"), Role.SUPERVISOR: msg("supervisor"),
    Role.MANAGER: msg("manager"), Role.OWNER: msg("owner")}
ROLE_TITLE: dict[Role, Message] = {
    Role.CASHIER: msg("Cashier"), Role.SUPERVISOR: msg("Supervisor"),
    Role.MANAGER: msg("Manager"), Role.OWNER: msg("Owner")}


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
    label = ACTION_LABEL[action]
    if approver is not None:
        raise PermissionDenied(msg("{role} cannot approve {action}; a {need} or above must "
                                   "approve", role=ROLE_TITLE[approver.role], action=label,
                                   need=ROLE_WORD[need]))
    raise ApprovalNeeded(msg("Manager approval needed: {what}", what=label))


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
                     approver: Actor | None, *, shown: Money | None = None) -> str | None:
    """Like `authorize`, and the amount must be within the actor's (or the approver's)
    limit (`shown`: the amount as the message names it). Returns who authorised
    it beyond the actor (the approver), or None."""
    need = limits.role_needed(amount, REQUIRED[action])
    if actor.role.rank >= need.rank:
        return None
    if approver is not None and approver.role.rank >= need.rank:
        return approver.staff_id
    label = ACTION_LABEL[action]
    if shown is not None:
        raise ApprovalNeeded(msg(
            "Manager approval needed: {action} of {amount} is above what a {role} may do "
            "alone (a {need} or above must approve)", action=label, amount=shown,
            role=ROLE_WORD[actor.role], need=ROLE_WORD[need]))
    raise ApprovalNeeded(msg(
        "Manager approval needed: {action} is above what a {role} may do alone (a {need} "
        "or above must approve)", action=label, role=ROLE_WORD[actor.role],
        need=ROLE_WORD[need]))
