"""Where secrets may travel: loopback hosts, HTTPS, and URLs fit to be shown.

- `is_loopback_host`: 127.0.0.0/8, ::1, localhost (and *.localhost), or a Unix socket
  directory. Only there may a credential travel without TLS: nothing leaves the
  machine (the demo's Shopify emulator, the tests' servers).
- `require_secure_http`: an https:// URL, or plain http:// to a loopback host only.
  The Shopify access token goes in a header of every request; over plain HTTP to any
  other host a listener on the path reads it.
- `redact_url` / `redact_urls`: a URL as it may be shown, logged, stored or put into
  an exception: scheme, host, port and path only; the user, any password and the query
  (where `?password=` or a token could hide) are dropped.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from pos_app.domain.errors import ConfigError

_URL = re.compile(r"((?:\b[a-zA-Z][a-zA-Z0-9+.-]*)?://)([^\s/?#]*)([^\s?#]*)(\?[^\s#]*)?(#\S*)?")


def is_loopback_host(host: str | None) -> bool:
    """True for a host that is this machine: 127.0.0.0/8, ::1, localhost, or a Unix
    socket path (libpq's host=/var/run/postgresql)."""
    if host is None:
        return False
    h = host.strip().strip("[]").lower().rstrip(".")
    if not h:
        return False
    if h.startswith("/") or h == "localhost" or h.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def require_secure_http(url: str, *, what: str) -> str:
    """`url` if it is https://, or http:// to a loopback host; ConfigError otherwise."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "https" and parts.hostname:
        return url
    if scheme == "http" and is_loopback_host(parts.hostname):
        return url
    shown = redact_url(url)
    if scheme == "http":
        raise ConfigError(f"{what} must use https:// (plain http:// only to this machine: "
                          f"127.0.0.1, ::1 or localhost); refused {shown}: the access token "
                          "would travel in clear")
    raise ConfigError(f"{what} must be an https:// URL, got {shown}")


def _strip(m: re.Match[str]) -> str:
    scheme, authority, path = m.group(1), m.group(2), m.group(3)
    host = authority.rsplit("@", 1)[-1]
    return f"{scheme}{host}{path}"


def redact_url(url: str) -> str:
    """`url` without user, password, query or fragment: 'postgresql+psycopg://db:5432/pos'."""
    return _URL.sub(_strip, url.strip())


def redact_urls(text: str) -> str:
    """Every URL in `text` redacted as `redact_url` does."""
    return _URL.sub(_strip, text)
