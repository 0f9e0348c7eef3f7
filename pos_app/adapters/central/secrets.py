"""The central database password: from the keyring, or an environment variable (headless).

The password is never a setting and never logged. Tests pass it (or nothing, with
trust authentication) explicitly and never touch the real keyring.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from pos_app.adapters.redaction import register_secret
from pos_app.domain.errors import EnvironmentFault

log = logging.getLogger(__name__)

KEYRING_SERVICE = "pos_app.central"
ENV_PASSWORD = "POS_APP_CENTRAL_PASSWORD"


def central_password(url: str | None, *, env: Mapping[str, str] | None = None,
                     use_keyring: bool = True) -> str | None:
    """The password for `url`'s user: the env override first, then the keyring."""
    env = os.environ if env is None else env
    if env.get(ENV_PASSWORD):
        register_secret(env[ENV_PASSWORD])
        return env[ENV_PASSWORD]
    if url is None or not use_keyring:
        return None
    from .url import parse_central_url  # (it names this module's keyring entry)

    user = parse_central_url(url).username
    if not user:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, user)
    except KeyringError as exc:
        # No keyring service (a headless till): connect without a password, which works
        # with trust or certificate authentication; a server that wants one refuses the
        # login, and that error names POS_APP_CENTRAL_PASSWORD.
        log.info("no keyring for the central database password of %s (%s); set %s if the "
                 "server asks for one", user, exc, ENV_PASSWORD)
        return None
    if password is not None:
        register_secret(password)
    return password


def store_central_password(user: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except KeyringError as exc:
        raise EnvironmentFault(f"The system keyring cannot store the central database "
                               f"password: {exc}") from exc
