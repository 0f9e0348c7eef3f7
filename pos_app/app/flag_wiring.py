"""The store's flag overrides in a running till: the flags read per use switch at once
when a sync pulls a new override; the others wait for the next start.

- Live: `REAL_TIME_COMMISSION`. The commission line is asked for at each scan, and the
  calculator's preview answers nothing while the flag is off, so a store override pulled
  while the counter runs turns the line on or off at the next scan.
- At the next start: `BATCH_RECONCILIATION`, `AUTO_RETRY`. They shape the Shopify sync
  built at start (its settings, with `[shopify.flags]` on top); the Health screen and
  `status` show what the next start will use (monitoring_wiring.flags_json).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from pos_app.services.flags import Flag, ResolvedFlags

from .context import AppContext, store_flag_overrides

if TYPE_CHECKING:
    from .wiring import Services

log = logging.getLogger(__name__)

LIVE_FLAGS = frozenset({Flag.REAL_TIME_COMMISSION})


def refresh_live_flags(ctx: AppContext, services: Services) -> list[Flag]:
    """Resolve the flags again from the cache the sync just filled; the live ones take
    their new value now. Returns the flags switched. Runs on the sync job's thread: each
    change is one attribute replaced, read whole by the next scan."""
    latest = store_flag_overrides(ctx)
    in_force = ctx.flag_states or latest
    states = []
    switched = []
    for state in in_force.states:
        now = latest.state(state.flag)
        if state.flag in LIVE_FLAGS and now != state:
            states.append(now)
            switched.append(state.flag)
        else:
            states.append(state)
    if not switched:
        return []
    resolved = ResolvedFlags(tuple(states))
    ctx.flag_states = resolved
    ctx.settings = replace(ctx.settings, flags=resolved.flags)
    services.commission.settings = replace(
        services.commission.settings, real_time=Flag.REAL_TIME_COMMISSION in resolved.flags)
    for flag in switched:
        st = resolved.state(flag)
        log.info("flag %s is now %s (%s), switched while running", flag.value,
                 "on" if st.enabled else "off", st.source_label)
    return switched
