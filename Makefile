# AKTIV — one entry point for setting up, running and testing.
# `make run` and `make test` install what they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PORT   ?= 3978
NORNE  ?= ../shared/data/norne

.PHONY: help install system-deps node-deps browser-deps run chat serve test lint e2e package model names lexicon eval bench playground clean

help:
	@echo "make run    - install, start the bot on http://localhost:$(PORT)/api/messages and the Agents Playground"
	@echo "make chat   - the same bot in the terminal"
	@echo "make test   - install and run every test (the browser test too when Chromium is there)"
	@echo "make lint   - ruff and mypy only (make test runs them first)"
	@echo "make e2e    - only the browser test: bot + Agents Playground + headless Chromium (build/e2e/*.png)"
	@echo "make package - build/appPackage.zip for Teams (needs MICROSOFT_APP_ID, see README)"
	@echo "make model  - train the Norwegian name recognizer (NORNE=path to the NorNE corpus)"
	@echo "make names  - rebuild the world first-name/surname lists (needs PyPI for faker)"
	@echo "make lexicon - rebuild the Norwegian lexicon from Apertium (needs lttoolbox-dev, apertium-nno-nob)"
	@echo "make eval   - evaluate the name recognizer on NorNE test and print guardrail speed"
	@echo "make bench  - run the benchmark scripts in bench/"

$(STAMP):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP) system-deps

# Offline bokmål→nynorsk translation. Installed with apt when we are root; the bot says
# clearly when it is missing.
system-deps:
	@if ! command -v apertium >/dev/null 2>&1 || [ ! -d /usr/share/apertium/apertium-nno-nob ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Apertium (apertium, apertium-nno-nob) with apt ..."; \
	    (apt-get install -y -qq apertium apertium-nno-nob >/dev/null 2>&1 || \
	     (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq apertium apertium-nno-nob >/dev/null 2>&1)) || \
	     echo "Apertium could not be installed; /oversett will say so."; \
	  else echo "Apertium is not installed (apt-get install apertium apertium-nno-nob); /oversett will say so."; fi; \
	fi

# npm tools: the Agents Playground, the Teams manifest schemas, the Adaptive Cards library.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm is not installed: manifest/card schema tests, the Azurite Blob storage test and the browser test will be skipped."; fi

node-deps: node_modules/.package-lock.json

# Debian's Chromium for the browser test (never a browser download). Installed with apt when root.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Chromium with apt for the browser test ..."; \
	    (apt-get install -y -qq chromium >/dev/null 2>&1 || \
	     (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1)) || \
	     echo "Chromium could not be installed: the browser test (tests/e2e) will be SKIPPED."; \
	  else echo "Chromium is not installed (apt-get install chromium): the browser test (tests/e2e) will be SKIPPED."; fi; \
	fi

serve: install
	$(PY) -m bot serve --port $(PORT)

chat: install
	@$(PY) -m bot chat

run: install
	@bash scripts/run.sh $(PORT)

test: install node-deps browser-deps
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest -q

# ruff (pyflakes, pycodestyle, isort, bugbear, pyupgrade) and mypy; configured in pyproject.toml.
lint: install
	$(PY) -m ruff check .
	$(PY) -m mypy

e2e: install node-deps browser-deps
	$(PY) -m pytest -q -rs tests/e2e

package: install
	$(PY) -m manifest --output build/appPackage.zip

model: install
	$(PY) -m guardrails.ner.training.train --corpus $(NORNE) --output guardrails/models/no_ner

# The world name lists (guardrails/ner/data/world_*.txt) from Faker, filtered by NorNE train.
names: install
	$(PY) -m pip install -q faker
	$(PY) -m guardrails.ner.training.world_names --corpus $(NORNE)

# The Norwegian lexicon (guardrails/ner/data/lexicon_*.marisa) from Apertium's dictionaries.
lexicon: install
	@command -v lt-print >/dev/null 2>&1 || { echo "lt-print missing: apt-get install lttoolbox-dev apertium-nno-nob"; exit 1; }
	$(PY) -m guardrails.ner.training.lexicon_build --output guardrails/ner/data

eval: install
	$(PY) -m guardrails.ner.training.evaluate --corpus $(NORNE) --model guardrails/models/no_ner
	$(PY) -m bench.guardrail_bench

bench: install
	@for f in bench/*_bench.py; do m=$$(basename $$f .py); echo "== bench.$$m"; $(PY) -m bench.$$m || exit 1; done

clean:
	rm -rf $(VENV) build .pytest_cache
