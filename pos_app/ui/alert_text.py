"""An alert (services/alerts.py, as `status` shows it) in the screens' language: the
counter's banner and the back office's health screen say the same words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .i18n import fmt, translate

AMBER_STYLE = ("background: #f5b301; color: #1f1a00; padding: 2px 10px; "
               "font-weight: 600;")


def _num(value: Any, places: int = 0) -> str:
    if value is None:
        return "?"
    q = Decimal(str(round(float(value), places)))
    return fmt().number(q)


def alert_text(alert: Mapping[str, Any]) -> str:
    key = str(alert.get("key") or "")
    value, limit = alert.get("value"), alert.get("threshold")
    if key == "error_rate":
        return translate("Health", "{rate} % of commands refused or failed in the last hour "
                         "(limit {limit} %)").format(
            rate=_num((value or 0) * 100, 2), limit=_num((limit or 0) * 100, 2))
    if key.startswith("unsynced:"):
        channel = key.split(":", 1)[1]
        return translate("Health", "Oldest item waiting for {channel}: {n} min (limit "
                         "{limit} min)").format(channel=channel_name(channel),
                                                n=_num((value or 0) / 60),
                                                limit=_num((limit or 0) / 60))
    if key == "state_budget":
        return translate("Health", "An open sale is {n} bytes (budget {limit})").format(
            n=_num(value), limit=_num(limit))
    if key == "disk":
        return translate("Health", "Disk almost full: {n} % free (under {limit} %)").format(
            n=_num(value, 1), limit=_num(limit))
    if key == "backup_overdue":
        if value is None:
            return translate("Health", "No backup has been made yet")
        return translate("Health", "Backup overdue: the last one is {n} h old").format(
            n=_num(value))
    if key == "shopify_auth":
        return translate("Health", "Shopify refuses this till: check its access token")
    if key == "central_unreachable":
        return translate("Health", "Central database not reached for {n} h").format(
            n=_num(value))
    return str(alert.get("message") or key)


def alert_name(key: str) -> str:
    """Which alert, in a few words (the health screen's list of recent alerts)."""
    if key.startswith("unsynced:"):
        return translate("Health", "Waiting to sync: {channel}").format(
            channel=channel_name(key.split(":", 1)[1]))
    names = {"error_rate": translate("Health", "Refused or failed commands"),
             "state_budget": translate("Health", "Open sale size"),
             "disk": translate("Health", "Disk space"),
             "backup_overdue": translate("Health", "Backup overdue"),
             "shopify_auth": translate("Health", "Shopify access"),
             "central_unreachable": translate("Health", "Central database unreachable")}
    return names.get(key, key)


def channel_name(channel: str) -> str:
    names = {"central": translate("Health", "the central database"),
             "journal": translate("Health", "the journal"),
             "shopify": translate("Health", "Shopify")}
    return names.get(channel, channel)


def banner_text(alerts: Sequence[Mapping[str, Any]]) -> str:
    """One line for every firing alert (the banner elides what does not fit)."""
    if not alerts:
        return ""
    parts = [alert_text(a) for a in alerts]
    head = translate("Health", "Alert: {text}") if len(parts) == 1 else \
        translate("Health", "{n} alerts: {text}")
    return head.format(text=" · ".join(parts), n=len(parts))
