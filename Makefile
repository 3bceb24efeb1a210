# Two entry points: `make demo` (set up and run the main job) and `make test` (the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
DB     ?= bilat.db

.PHONY: demo test install install-test browser lint typecheck bench clean learned-model

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(TSTAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(TSTAMP)

install: $(STAMP)

install-test: $(TSTAMP)

## demo: install bilat, ingest the bundled demo corpus into $(DB), print a summary
demo: install
	$(BIN)/bilat ingest examples/corpus --db $(DB)
	@echo
	@echo "Start the web UI with:  $(BIN)/bilat serve --db $(DB)"

## browser: Debian's chromium for the end-to-end browser test (installed once)
browser:
	@bash scripts/install-browser.sh

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

## test: install what the tests need and run the whole suite
test: install-test browser lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

## learned-model: retrain the learned programme-name model on bilat's own 24 in-view test sets (MODEL=path)
MODEL ?= src/bilat/extract/data/learned_programmes.json.gz
learned-model: install-test
	$(BIN)/python -m bilat.extract.learned.train --own --out $(MODEL)
