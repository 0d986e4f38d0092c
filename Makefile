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
	$(PY) -m pip install --quiet -e '.[test,mt,cluster]'
	@# An editable install leaves the package uncompiled, and where
	@# PYTHONDONTWRITEBYTECODE is set every command would compile it again (0.1 s).
	$(PY) -m compileall -q src >/dev/null

# The tests check our PO files against GNU gettext's own msgfmt and msgcat, our
# HTML with the W3C Nu validator (on Java) and in headless Chromium (with a
# Chinese font, so that its screenshots show the Chinese).
system-deps:
	@missing=""; \
	command -v msgfmt >/dev/null && command -v msgcat >/dev/null || missing="$$missing gettext"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	[ -d /usr/share/fonts/truetype/wqy ] || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: system-deps lint
	$(PY) -m pytest

example: install
	$(VENV)/bin/bilingual build
	@echo "The site is in site/: open site/index.html, or run .venv/bin/bilingual serve"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis site test-artifacts
