# `make` runs what CI runs (.ci/run calls `make test`).
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.DEFAULT_GOAL := test
.PHONY: test lint example install system-deps clean

$(PY):
	python3 -m venv $(VENV)

install: $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'

# The tests check our PO files against GNU gettext's own msgfmt and msgcat.
system-deps:
	@command -v msgfmt >/dev/null && command -v msgcat >/dev/null || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: system-deps lint
	$(PY) -m pytest

example: install
	$(VENV)/bin/bilingual ingest
	$(VENV)/bin/bilingual check
	$(VENV)/bin/bilingual status

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis site test-artifacts
