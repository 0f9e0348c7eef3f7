"""The one parser of the central database URL, whatever its source (the [central] url
of the config file, POS_APP_CENTRAL_URL, a --central-url flag), and the TLS it needs.

A URL names where the database is and as whom, never the password: one in the user
part (``user:secret@host``) or in the query (``?password=secret``) is refused, with
where the password goes instead (the keyring entry ``pos_app.central`` / the user, or
POS_APP_CENTRAL_PASSWORD). A URL is shown, logged or stored only through
`transport.redact_url` (no user, no query).

TLS to PostgreSQL: `sslmode` defaults to ``verify-full`` (encrypted, and the server's
certificate checked against a trusted root and its host name) unless the host is this
machine (loopback or a Unix socket), where it defaults to ``prefer``. `[central]
sslmode` and `sslrootcert` change it; a weaker mode for a remote host is taken only
when it is set explicitly (config or the URL's own ``?sslmode=``). Without
`sslrootcert`, the verify modes use libpq's ``~/.postgresql/root.crt`` if present,
else the operating system's trusted roots (``sslrootcert=system``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from pos_app.adapters.transport import is_loopback_host, redact_url
from pos_app.domain.errors import ConfigError

from .secrets import ENV_PASSWORD, KEYRING_SERVICE

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
LOOPBACK_SSLMODE = "prefer"
REMOTE_SSLMODE = "verify-full"
# Query keys that carry a secret (libpq's own and common spellings).
_SECRET_KEYS = frozenset({"password", "passwd", "pwd", "pass", "secret", "token"})
_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg",
            "postgresql+psycopg": "postgresql+psycopg"}


def _where_the_password_goes(user: str | None) -> str:
    who = user or "USER"
    return (f"put it in the keyring (`keyring set {KEYRING_SERVICE} {who}`) or, "
            f"headless, in {ENV_PASSWORD}")


def parse_central_url(raw: str, *, source: str = "The central database URL") -> URL:
    """The URL as SQLAlchemy understands it, driver psycopg for PostgreSQL; ConfigError
    (naming `source`, never echoing a secret) for a password anywhere in it, a driver
    other than PostgreSQL or SQLite, or text that is not a URL."""
    text = raw.strip()
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        # Not echoed: what could not be parsed cannot be redacted with confidence.
        raise ConfigError(f"{source} is not a database URL (expected "
                          "postgresql://USER@HOST[:PORT]/DATABASE)") from exc
    secret_keys = sorted(k for k in url.query if k.lower() in _SECRET_KEYS)
    if url.password is not None or secret_keys:
        where = "in the user part" if url.password is not None else \
            f"in the query ({', '.join(secret_keys)}=)"
        raise ConfigError(f"{source} must not contain a password (found {where} of "
                          f"{redact_url(text)}): {_where_the_password_goes(url.username)}")
    if url.drivername.startswith("sqlite"):
        return url
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise ConfigError(f"{source} must be a postgresql:// (or sqlite://) URL, got "
                          f"{url.drivername}://")
    return url.set(drivername=driver)


def url_host(url: URL) -> str | None:
    """The server's host, from the URL or its ``?host=`` (a Unix socket directory)."""
    if url.host:
        return url.host
    host = url.query.get("host")
    if isinstance(host, tuple):
        host = host[0] if host else None
    return host or "/var/run/postgresql"  # libpq's default when no host is given


@dataclass(frozen=True, slots=True)
class TlsChoice:
    sslmode: str
    sslrootcert: str | None

    def connect_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"sslmode": self.sslmode}
        if self.sslrootcert:
            args["sslrootcert"] = self.sslrootcert
        return args


def tls_for(url: URL, *, sslmode: str | None = None,
            sslrootcert: str | None = None) -> TlsChoice:
    """The sslmode and root certificate to connect to `url` with (see the module)."""
    if sslmode is not None and sslmode not in SSL_MODES:
        raise ConfigError(f"Config [central] sslmode must be one of {', '.join(SSL_MODES)}, "
                          f"got {sslmode!r}")
    in_url = url.query.get("sslmode")
    if isinstance(in_url, tuple):
        in_url = in_url[0] if in_url else None
    if in_url is not None and in_url not in SSL_MODES:
        raise ConfigError(f"The central database URL's sslmode must be one of "
                          f"{', '.join(SSL_MODES)}, got {in_url!r}")
    local = is_loopback_host(url_host(url))
    mode = sslmode or in_url or (LOOPBACK_SSLMODE if local else REMOTE_SSLMODE)
    root = sslrootcert
    if root is None:
        given = url.query.get("sslrootcert")
        root = (given[0] if isinstance(given, tuple) else given) or None
    if root is None and mode.startswith("verify"):
        default = Path.home() / ".postgresql" / "root.crt"
        root = None if default.is_file() else "system"
    return TlsChoice(mode, root)
