"""What the stock needs-attention list tells a manager, in their words.

Each reason is a message template (domain/errors.msg) the screens translate; the English
text kept beside it (AttentionItem.detail) stays what the command line and the logs
print, Shopify's own code and words included, for support. Shopify's known userError
codes of the inventory mutations become a sentence saying what happened and what to do.
"""

from __future__ import annotations

from pos_app.domain.errors import Message, msg

STALE_CODES = frozenset({"CHANGE_FROM_QUANTITY_STALE", "COMPARE_QUANTITY_STALE"})


def where(location: str | None) -> Message | str:
    """The location by its Shopify name, or words for it when none is known yet."""
    return location or msg("this store's Shopify location")


def shopify_refusal(code: str, location: str | None) -> Message:
    """Why Shopify refused a stock change with `code`, and what a manager does about it."""
    if code == "ITEM_NOT_STOCKED_AT_LOCATION":
        return msg("This item is not stocked at {location} in Shopify: stock it there in "
                   "Shopify admin, then send the set-aside changes again (Send again in "
                   "this list, or pos-app reconcile --retry-rejected)",
                   location=where(location))
    if code == "INVALID_LOCATION":
        return msg("Shopify does not know the location {location}: check the store's "
                   "location in Shopify admin and in the set-up wizard",
                   location=where(location))
    if code in ("INVALID_INVENTORY_ITEM", "NOT_FOUND"):
        return msg("Shopify no longer has this item: check in Shopify admin that the "
                   "product exists and tracks its stock")
    if code in STALE_CODES:
        return msg("The stock in Shopify changed while the count was sent: count the "
                   "item again")
    if code in ("INVALID_QUANTITY_TOO_LOW", "INVALID_QUANTITY_TOO_HIGH",
                "INVALID_QUANTITY_NEGATIVE"):
        return msg("Shopify refused the quantity as out of range: check the item's stock "
                   "in Shopify admin and count it again")
    return msg("Shopify refused the stock change (code {code}): tell support", code=code)


# What items stored before the counter's "Send again" button say (reasons are stored
# with the item): shown in today's words, which the translations hold.
_BEFORE_SEND_AGAIN = {
    "This item is not stocked at {location} in Shopify: stock it there in Shopify admin, "
    "then send the set-aside changes again (pos-app reconcile --retry-rejected)":
        "ITEM_NOT_STOCKED_AT_LOCATION",
}


def current(message: Message | None) -> Message | None:
    """A stored reason in today's words: one written by an earlier version, whose
    template is no longer translated, as the reason the same refusal gets now."""
    if message is None:
        return None
    code = _BEFORE_SEND_AGAIN.get(message.template)
    if code is None:
        return message
    return Message(shopify_refusal(code, None).template, message.values)


def refusal(codes: list[str], location: str | None) -> Message:
    """The first code's reason (a refusal names one problem per row)."""
    return shopify_refusal(codes[0] if codes else "", location)


def stale_count(counted: int, expected: int, now_on_hand: int | None,
                variance: int) -> Message:
    if now_on_hand is None:
        return msg("Counted {counted}; this till expected {expected} on hand, but the "
                   "stock in Shopify had changed. The difference, {variance}, was sent "
                   "instead: check the item in Shopify admin", counted=counted,
                   expected=expected, variance=f"{variance:+d}")
    return msg("Counted {counted}; this till expected {expected} on hand, but Shopify "
               "had {now}. The difference, {variance}, was sent instead: check the item "
               "in Shopify admin", counted=counted, expected=expected, now=now_on_hand,
               variance=f"{variance:+d}")


def unknown_sku(sku: str) -> Message:
    return msg("SKU {sku} is not a stock-tracked Shopify item at this location: its stock "
               "change was set aside. Track it in Shopify admin, or fix the SKU",
               sku=sku)


def duplicate_barcode(barcode: str, owner: str, other: str) -> Message:
    return msg("Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it "
               "rings up {owner}; {other} has no barcode here until the duplicate is fixed "
               "in Shopify admin", barcode=barcode, owner=owner, other=other)


def oversold(available: int, sku: str) -> Message:
    return msg("Shopify shows {available} available for {sku}: units were sold twice while "
               "the till was offline. Count the item and check recent orders",
               available=available, sku=sku)


def bad_event() -> Message:
    return msg("A stock change could not be read and was set aside: tell support")


__all__ = ["STALE_CODES", "bad_event", "current", "duplicate_barcode", "oversold", "refusal",
           "shopify_refusal", "stale_count", "unknown_sku", "where"]
