# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint faults bench demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/netcall $(ARGS)

demo: $(STAMP)
	$(BIN)/netcall --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pylint --disable=all --enable=duplicate-code --min-similarity-lines=6 \
		--ignore-imports=yes --ignore-docstrings=yes --ignore-comments=yes netcall_tui bench

test: lint
	$(BIN)/python -m pytest -q -n 2

# The fault suite alone (make test runs it too): real full disks, kills, crafted files.
faults: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 tests/faults

bench: $(STAMP)
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/log_bench.py
	$(BIN)/python bench/network_bench.py
	$(BIN)/python bench/promises_bench.py
	$(BIN)/python bench/stats_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
