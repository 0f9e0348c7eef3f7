"""Fill the .ts files from the translations written in tools/i18n/<lang>.py.

    python tools/fill_translations.py resources/i18n/pos_app_es.ts [...]

Each tools/i18n/<lang>.py holds `T`, a dict from the English source text to its
translation, and optionally `BY_CONTEXT`, {(context, source): translation} for a text
that reads differently in one screen. The messages the domain and services raise
(context "Errors", collected by tools/error_templates.py) are translated in
tools/i18n/errors_<lang>.py, `ERRORS` {source: translation}. A message with a
translation is marked finished; one without stays "unfinished"
(tests/ui/test_translations.py fails on those for es). Placeholders ({amount}, %n)
must be kept as they are: a translation that loses or adds one is refused.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
ERRORS_CONTEXT = "Errors"


def _module(name: str) -> ModuleType | None:
    path = HERE / "i18n" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"i18n_{name}", path)
    if not path.is_file() or spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(lang: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    mod = _module(lang)
    if mod is None:
        raise SystemExit(f"no translations for {lang!r} (tools/i18n/{lang}.py)")
    by_context = dict(getattr(mod, "BY_CONTEXT", {}))
    errors = _module(f"errors_{lang}")
    for source, text in dict(getattr(errors, "ERRORS", {})).items():
        by_context[(ERRORS_CONTEXT, source)] = text
    return dict(mod.T), by_context


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def fill(ts_path: Path) -> tuple[int, int, list[str]]:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    lang = (root.get("language") or ts_path.stem.rsplit("_", 1)[-1]).split("_")[0]
    words, by_context = load(lang)
    done = missing = 0
    problems: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = by_context.get((name, source), words.get(source))
            if text is None:
                if translation.text and translation.get("type") is None:
                    done += 1  # translated in the .ts itself (e.g. with Qt Linguist)
                    continue
                translation.set("type", "unfinished")
                missing += 1
                continue
            if placeholders(text) != placeholders(source):
                problems.append(f"{lang} {name}: {source!r} -> {text!r}: placeholders differ")
                translation.set("type", "unfinished")
                missing += 1
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree, "    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    return done, missing, problems


def main(argv: list[str]) -> int:
    bad = False
    for arg in argv:
        done, missing, problems = fill(Path(arg))
        print(f"{arg}: {done} translated, {missing} unfinished")
        for p in problems:
            print("  " + p)
        bad = bad or bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
