# Two entry points a new user needs: `make run` and `make test`. Everything else is detail.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: chaos bundle run test setup lint typecheck contracts unit bench stateful screenshots clean \
	translations qm

# The screens' languages: sources resources/i18n/pos_app_<lang>.ts (kept in the repo),
# compiled to pos_app/i18n/pos_app_<lang>.qm (build products, package data).
LANGS := es de ar
TS := $(LANGS:%=resources/i18n/pos_app_%.ts)
QM := $(LANGS:%=pos_app/i18n/pos_app_%.qm)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) $(QM)

pos_app/i18n/pos_app_%.qm: resources/i18n/pos_app_%.ts $(STAMP)
	@mkdir -p pos_app/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

## After changing user-facing strings: collect them into the .ts files (lupdate), fill
## what tools/i18n/<lang>.py translates, and compile (lrelease).
## The domain's and services' error templates (msg(...)) reach lupdate through
## build/i18n/error_templates.py, written by tools/error_templates.py.
translations: $(STAMP)
	$(PY) tools/error_templates.py build/i18n/error_templates.py
	$(VENV)/bin/pyside6-lupdate -extensions py -locations none -no-obsolete \
		pos_app/ui pos_app/app pos_app/services/counter.py pos_app/services/receipts.py \
		pos_app/services/report_text.py build/i18n/error_templates.py \
		-ts $(TS)
	$(PY) tools/fill_translations.py $(TS)
	$(MAKE) qm

## Set up, seed a demo store (first time) and launch the counter in demo mode.
run: $(STAMP) $(QM)
	$(VENV)/bin/pos-app run --demo

## Set up and run every gate: lint, types, import contracts, the whole test suite.
test: $(STAMP) $(QM)
	$(VENV)/bin/ruff check pos_app tests bench tools
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/unit

## Every benchmark, each figure beside its same-run baseline and goal: one report,
## bench/out/report.md with PNG charts (console output kept). Needs PostgreSQL
## (POS_BENCH_PG_URL, default postgres@127.0.0.1:5432); ~15-20 minutes.
BENCHES := sale_session_bench catalog_bench counter_bench commission_push_bench \
	team_view_bench reconcile_bench housekeeping_bench history_bench metrics_bench cli_bench
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	rm -rf bench/out && mkdir -p bench/out
	@for b in $(BENCHES); do echo "== $$b"; \
		POS_BENCH_OUT=bench/out $(PY) bench/$$b.py || echo "$$b FAILED (exit $$?)"; done
	POS_BENCH_EXPECT="$(BENCHES)" $(PY) bench/_report.py bench/out

## The till's invariants under a long random walk of sale commands (CI runs a short one).
## POS_APP_STATEFUL_EXAMPLES / _STEPS / _SEED / _SHRINK / _IGNORE tune it.
stateful: $(STAMP)
	$(PY) bench/stateful_soak.py --examples $${POS_APP_STATEFUL_EXAMPLES:-2000} \
		--steps $${POS_APP_STATEFUL_STEPS:-60}

## Render every screen to PNG under screenshots/ (demo data and an empty store).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots_setup.py --out screenshots/setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots_setup.py --language ar \
		--out screenshots/setup-ar
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots_backoffice.py --out screenshots/en-USD
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots_backoffice.py --language de \
		--out screenshots/de-USD
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots_backoffice.py --language ar \
		--out screenshots/ar-USD

## Three terminal processes selling against the Shopify emulator and the real PostgreSQL
## under SIGKILLs, dropped connections, Shopify faults and a network cut; then the
## invariants and the convergence time. POS_APP_CHAOS_SECONDS sets the fault time.
chaos: $(STAMP)
	$(PY) tools/chaos.py --seconds $${POS_APP_CHAOS_SECONDS:-240}

## A one-folder bundle of the counter for a till without Python (dist/pos-app/), a
## tarball with its installer and desktop entry, and the bundle's own headless self-test.
bundle: $(STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/pos-app.spec
	cp installer/pos-app.desktop resources/pos-app.svg installer/install-bundle.sh dist/pos-app/
	tar -C dist -czf dist/pos-app-linux-$$(uname -m).tar.gz pos-app
	QT_QPA_PLATFORM=offscreen dist/pos-app/pos-app --self-test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
