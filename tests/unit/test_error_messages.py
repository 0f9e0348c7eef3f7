"""Errors raised as a template and its values: the English text stays what logs and the
command line read, every template of the code is in each language's .ts with a finished
translation, and every translation keeps exactly the placeholders of its source."""

from __future__ import annotations

import ast
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from pos_app.domain.errors import Message, PosError, QuantityError, StaleVersion, msg, said
from pos_app.domain.money import Money

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("es", "de", "ar")


def _tool(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # a dataclass looks its module up there
    spec.loader.exec_module(mod)
    return mod


TEMPLATES = _tool("error_templates", ROOT / "tools" / "error_templates.py")


def _errors_context(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"pos_app_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "Errors":
            return {m.findtext("source") or "": m for m in context.iter("message")}
    return {}


def test_an_error_raised_with_a_template_reads_as_english_text_and_keeps_its_values() -> None:
    exc = QuantityError(msg("Quantity {q} is more than the limit of {limit}", q=12000,
                            limit=9999))
    assert str(exc) == "Quantity 12000 is more than the limit of 9999"
    assert exc.args == ("Quantity 12000 is more than the limit of 9999",)
    assert exc.message is not None
    assert exc.message.template == "Quantity {q} is more than the limit of {limit}"
    assert dict(exc.message.values) == {"q": 12000, "limit": 9999}
    with pytest.raises(QuantityError, match="more than the limit of 9999"):
        raise exc
    # Money reads as Money.format(), a nested message as its text, a tuple joined.
    nested = msg("{what} of {amount} ({paid})", what=msg("cash out"),
                 amount=Money(123456, "USD"), paid=(msg("card"), "voucher"))
    assert str(nested) == "cash out of 1,234.56 USD (card, voucher)"
    assert said(PosError(nested)) == nested and said(ValueError("x")) == "x"
    # A plain message stays plain; no message at all stays empty.
    assert PosError("Sale 7 not found").message is None
    assert str(PosError("Sale 7 not found")) == "Sale 7 not found"
    assert str(PosError()) == "" and PosError().args == ()
    assert str(StaleVersion(3, 4)) == "expected version 3, but the sale is at version 4"


def test_every_template_is_a_literal_with_exactly_the_values_it_names() -> None:
    """msg("...") takes a literal (the tools read it from the code), and the names passed
    are the template's placeholders: a missing one would fail at raise time, an extra one
    would be lost on the screen."""
    sites = TEMPLATES.sites()
    assert len(sites) > 100
    problems = []
    for s in sites:
        if s.template is None:
            problems.append(f"{s.path}:{s.line}: not a literal template")
        elif s.names is not None and s.names != TEMPLATES.placeholders(s.template):
            problems.append(f"{s.path}:{s.line}: {s.template!r} gets {sorted(s.names)}")
        elif s.template.count("{") != len(TEMPLATES.PLACEHOLDER.findall(s.template)):
            problems.append(f"{s.path}:{s.line}: {s.template!r}: a placeholder that is not "
                            "{lower_case}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_of_the_code_has_a_finished_translation(lang: str) -> None:
    """Each template the domain and services raise is in pos_app_<lang>.ts (context
    "Errors") with a finished translation that keeps its placeholders; otherwise run
    `make translations` after adding it to tools/i18n/errors_<lang>.py."""
    kept = _errors_context(lang)
    missing, unfinished = [], []
    for template in TEMPLATES.templates():
        message = kept.get(template)
        if message is None:
            missing.append(template)
            continue
        tr = message.find("translation")
        text = tr.text if tr is not None else None
        if tr is None or tr.get("type") is not None or not text or \
                TEMPLATES.placeholders(text) != TEMPLATES.placeholders(template):
            unfinished.append(template)
    assert not missing, f"not in pos_app_{lang}.ts: {missing[:10]}"
    assert not unfinished, f"unfinished in pos_app_{lang}.ts: {unfinished[:10]}"


@pytest.mark.parametrize("lang", LANGS)
def test_each_translation_keeps_exactly_the_placeholders_of_its_source(lang: str) -> None:
    errors: dict[str, str] = _tool(f"errors_{lang}",
                                   ROOT / "tools" / "i18n" / f"errors_{lang}.py").ERRORS
    code = set(TEMPLATES.templates())
    shown_by_the_screens = set(_errors_context(lang))
    wrong = [(source, text) for source, text in errors.items()
             if TEMPLATES.placeholders(source) != TEMPLATES.placeholders(text)
             or source.count("{") != text.count("{")]
    assert not wrong, wrong
    stale = sorted(set(errors) - code - shown_by_the_screens)
    assert not stale, f"tools/i18n/errors_{lang}.py translates what no code says: {stale}"


def test_a_message_is_equal_to_the_same_template_and_values() -> None:
    a = msg("Line {no} is not in this sale", no="3")
    assert a == Message("Line {no} is not in this sale", {"no": "3"})
    assert a != msg("Line {no} is not in this sale", no="4")
    assert repr(a) == "msg('Line {no} is not in this sale', no='3')"


# Modules whose errors may still be raised as English text, and how many: none of them
# reaches a screen (the catalog CSV import and tax-rate parsing are `pos-app
# import-catalog`/`tax-class`; commission records, staff records and central payloads are
# sync integrity checks; Shopify bulk reads and pushes are background jobs, logged; a
# return line's stored figures disagreeing is a consistency check). ConfigError is English
# everywhere: a bad config stops the till at start, before any screen.
ENGLISH_ONLY = {
    "pos_app/domain/commission.py": 7,
    "pos_app/domain/invariants.py": 1,
    "pos_app/services/catalog.py": 18,
    "pos_app/services/central_sync.py": 3,
    "pos_app/services/flags.py": 1,
    "pos_app/services/inventory_reconciler.py": 3,
    "pos_app/services/staff.py": 2,
    # The set-up wizard's back end (its steps' refusals reach the wizard's screen): the
    # Shopify token's, shop's and scopes' checks and the missing tax classes are still
    # English; PullCancelled is caught inside the step.
    "pos_app/app/setup_steps.py": 5,
}
_NOT_OURS = {"ValueError", "TypeError", "KeyError", "RuntimeError", "AssertionError",
             "NotImplementedError", "OSError", "LookupError", "IndexError", "AttributeError",
             "ConfigError"}


def test_errors_a_screen_can_show_are_raised_as_templates() -> None:
    """A raise of one of our errors with an English string or f-string in the domain,
    the services or the set-up wizard's steps fails here, unless its module is one of the
    few listed above: new messages are written as msg(...) so the screens can translate
    them."""
    found: dict[str, int] = {}
    scanned = [path for folder in ("domain", "services")
               for path in sorted((ROOT / "pos_app" / folder).rglob("*.py"))]
    for path in [*scanned, ROOT / "pos_app" / "app" / "setup_steps.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and node.exc.args):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.exc.args[0]
            if name not in _NOT_OURS and (
                    isinstance(first, ast.JoinedStr | ast.BinOp)
                    or (isinstance(first, ast.Constant) and isinstance(first.value, str))):
                rel = str(path.relative_to(ROOT))
                found[rel] = found.get(rel, 0) + 1
    over = {k: v for k, v in found.items() if v > ENGLISH_ONLY.get(k, 0)}
    assert not over, f"raise these as msg(...) templates (domain/errors.py): {over}"
