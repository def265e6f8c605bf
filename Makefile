# OmniPOS: `make run` opens the till on a demo store; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-quick reliability lint clean hub dist dist-check translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/omnipos --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Both end with one table: path, budget, now, floor, ratio, OK or OVER (bench/table.py).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py --quick

reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/reliability/run_suite.py

# ruff (E, F, I, B, UP), the layer rules of DESIGN.md as import-linter contracts, and
# mypy --strict on domain/, sync/ and services/ (configured in pyproject.toml).
lint: $(STAMP)
	$(VENV)/bin/ruff check omnipos tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The till's words: lupdate collects every translate() under omnipos/ui into the .ts catalogues
# of omnipos/resources/translations, lrelease compiles the .qm the till loads (both committed;
# tests/ui/test_translations.py fails when they are not current).
translations: $(STAMP)
	$(PY) scripts/translations

# The one-folder PyInstaller builds of the till and the hub and a tar.gz of each, in dist/
# (installer/omnipos.spec, installer/omnipos-hub.spec); dist-check tries them from the tar.gz.
DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	PY=$(PY) scripts/build-dist

dist-check: dist
	scripts/check-dist

hub: $(STAMP)
	$(VENV)/bin/omnipos-hub serve

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
