"""Where the Shopify access token comes from: the keyring, or an environment variable
for headless use. The token is a secret, never a setting: it is not logged, stored in
the database or shown."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from pos_app.adapters.redaction import register_secret
from pos_app.domain.errors import ConfigError
from pos_app.services.shopify_settings import normalize_shop

ENV_TOKEN = "POS_APP_SHOPIFY_TOKEN"
KEYRING_SERVICE = "pos_app"


def keyring_username(shop: str) -> str:
    """The keyring entry's user name for a shop, the same for every form of its name
    ("my-shop", "https://my-shop.myshopify.com/admin" → "shopify:my-shop.myshopify.com");
    a value that is not a shop address is used as written."""
    try:
        host = normalize_shop(shop).split("://", 1)[1]
    except ConfigError:
        host = shop.strip().lower()
    return f"shopify:{host}"


def where_to_put_it(shop: str) -> str:
    """How a person gives this shop's token, for every message that asks for one."""
    return (f"run `pos-app shopify connect --shop {shop.strip()}` (it stores the token in "
            f"the system keyring as service {KEYRING_SERVICE!r}, user "
            f"{keyring_username(shop)!r}), or set the environment variable {ENV_TOKEN} "
            f"(for a machine without a keyring service)")


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
            raise LookupError(f"No Shopify access token for {self._shop}: "
                              f"{where_to_put_it(self._shop)}")
        register_secret(token)  # never in a log line, whatever formats it
        return token


def _system_keyring_get(service: str, username: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(service, username)
    except KeyringError as exc:
        raise LookupError(f"The system keyring could not be read ({exc}); set the "
                          f"environment variable {ENV_TOKEN} to the Shopify access token "
                          f"instead") from exc
    return None if value is None else str(value)


def store_token(shop: str, token: str) -> None:
    """Save a token in the system keyring (`pos-app shopify connect`); LookupError
    naming the environment variable to use instead when there is no keyring service."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(shop), token)
    except KeyringError as exc:
        raise LookupError(f"The system keyring could not store the token ({exc}); set "
                          f"the environment variable {ENV_TOKEN} to the token instead, "
                          f"or install a keyring service") from exc
