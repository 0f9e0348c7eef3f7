"""The wrong-PIN rule (domain/throttle.py) and the amount limits of permissions.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pos_app.domain.errors import PermissionDenied
from pos_app.domain.money import Money
from pos_app.domain.permissions import (
    REQUIRED,
    Action,
    Actor,
    AmountLimits,
    Role,
    authorize_amount,
)
from pos_app.domain.throttle import (
    CLEARED,
    MAX_WAIT,
    PinAttempts,
    PinLocked,
    PinWait,
    ThrottlePolicy,
)

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_the_default_policy_in_figures() -> None:
    policy = ThrottlePolicy()
    assert [policy.wait_after(f).total_seconds() for f in range(1, 10)] == [
        0, 0, 30, 60, 120, 240, 480, 960, 1920]
    assert policy.cycle_seconds() == 3810  # 63.5 minutes of waiting per 10 guesses
    assert policy.floor_seconds(10) == 3810
    assert policy.floor_seconds(10_000) == 3_810_000
    assert timedelta(seconds=policy.floor_seconds(10_000)) > timedelta(days=44)
    assert policy.unlocks_needed(10) == 0 and policy.unlocks_needed(11) == 1
    assert policy.unlocks_needed(10_000) == 999


def test_charges_lead_to_waits_then_a_lock() -> None:
    policy = ThrottlePolicy()
    a = CLEARED
    now = T0
    for expected in (None, None, 30, 60):
        assert a.refusal(now) is None
        a = a.charge(now, policy)
        wait = a.refusal(now)
        assert (wait.wait_seconds if isinstance(wait, PinWait) else None) == expected
        if expected:
            now += timedelta(seconds=expected - 1)
            refusal = a.refusal(now)
            assert isinstance(refusal, PinWait) and refusal.wait_seconds == 1
            now += timedelta(seconds=1)
    while not a.locked:
        now = a.wait_until or now
        a = a.charge(now, policy)
    assert a.failures == 10 and isinstance(a.refusal(now + timedelta(days=365)), PinLocked)


def test_waits_are_capped() -> None:
    policy = ThrottlePolicy(free_failures=1, first_wait_seconds=3600, lock_after=30)
    assert policy.wait_after(25) == MAX_WAIT


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"free_failures": 0}, "pin_free_failures"),
    ({"first_wait_seconds": 0}, "pin_first_wait_seconds"),
    ({"lock_after": 3}, "pin_lock_after"),
    ({"lock_after": 31}, "pin_lock_after"),
])
def test_a_useless_policy_is_refused(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ThrottlePolicy(**kwargs)


def test_messages_are_plain() -> None:
    assert str(PinWait(45)) == "Too many wrong PINs; try again in 45 s"
    assert str(PinWait(1920)) == "Too many wrong PINs; try again in 32 min"
    assert str(PinLocked()) == "Locked after too many wrong PINs: a manager must unlock it"
    assert PinAttempts(locked=True).refusal(T0) is not None


LIMITS = AmountLimits(((Role.CASHIER, 2000), (Role.SUPERVISOR, 20000)))
SAM, PAT, ALEX = (Actor("sam", Role.CASHIER), Actor("pat", Role.SUPERVISOR),
                  Actor("alex", Role.MANAGER))


def test_pay_outs_within_a_roles_limit_need_nobody() -> None:
    assert REQUIRED[Action.CASH_OUT] is Role.CASHIER
    assert authorize_amount(Action.CASH_OUT, 2000, LIMITS, SAM, None) is None
    assert authorize_amount(Action.CASH_OUT, 20000, LIMITS, PAT, None) is None
    assert authorize_amount(Action.CASH_OUT, 10**9, LIMITS, ALEX, None) is None


def test_above_the_limit_an_approver_whose_limit_covers_it() -> None:
    with pytest.raises(PermissionDenied, match=r"Manager approval needed: cash out of "
                                               r"20\.01 USD is above what a cashier may do"):
        authorize_amount(Action.CASH_OUT, 2001, LIMITS, SAM, None, shown=Money(2001, "USD"))
    assert authorize_amount(Action.CASH_OUT, 2001, LIMITS, SAM, PAT) == "pat"
    with pytest.raises(PermissionDenied, match="a manager or above must approve"):
        authorize_amount(Action.CASH_OUT, 20001, LIMITS, SAM, PAT)
    assert authorize_amount(Action.CASH_OUT, 20001, LIMITS, SAM, ALEX) == "alex"
    assert LIMITS.role_needed(20001) is Role.MANAGER


def test_new_actions_and_their_roles() -> None:
    assert REQUIRED[Action.IMPORT_CATALOG] is Role.MANAGER
    assert REQUIRED[Action.EDIT_STAFF] is Role.MANAGER
    assert REQUIRED[Action.EDIT_PLANS] is Role.MANAGER
    assert REQUIRED[Action.OPEN_DRAWER] is Role.SUPERVISOR
