"""Where the Shopify access token comes from: the keyring, or an environment variable
for headless use. The token is a secret, never a setting: it is not logged, stored in
the database or shown."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from pos_app.adapters.redaction import register_secret

ENV_TOKEN = "POS_APP_SHOPIFY_TOKEN"
KEYRING_SERVICE = "pos_app"


def keyring_username(shop: str) -> str:
    return f"shopify:{shop.strip().lower()}"


class TokenProvider:
    """Returns the token on each call (so a token replaced in the keyring is picked up);
    raises LookupError with a message a person can act on when there is none."""

    def __init__(self, shop: str, *, env: Mapping[str, str] | None = None,
                 keyring_get: Callable[[str, str], str | None] | None = None) -> None:
        self._shop = shop
        self._env = os.environ if env is None else env
        self._keyring_get = keyring_get

    def __call__(self) -> str:
        token = self._env.get(ENV_TOKEN)
        if not token:
            get = self._keyring_get or _system_keyring_get
            token = get(KEYRING_SERVICE, keyring_username(self._shop))
        if not token:
            raise LookupError(
                f"No Shopify access token for {self._shop}: store one with `keyring set "
                f"{KEYRING_SERVICE} {keyring_username(self._shop)}` or set {ENV_TOKEN}")
        register_secret(token)  # never in a log line, whatever formats it
        return token


def _system_keyring_get(service: str, username: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(service, username)
    except KeyringError as exc:
        raise LookupError(f"The system keyring could not be read: {exc}") from exc
    return None if value is None else str(value)


def store_token(shop: str, token: str) -> None:
    """Save a token in the system keyring (used by an admin command)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_username(shop), token)
