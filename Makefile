# The two commands: `make demo` (the main job on the shipped data) and `make test`.
# Each creates .venv with Python 3.11 and installs the project the first time.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lab lint bench fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tracker refresh

test: $(STAMP)
	$(BIN)/python -m pytest

# Everything but notebooks, the browser and other slow tests, with a quarter of the generated
# property-test examples (under 30 s); `make test` runs all of them in full.
test-fast: $(STAMP)
	TRACKER_EXAMPLES_SCALE=0.25 $(BIN)/python -m pytest -m "not notebook and not browser and not slow"

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

lint: $(STAMP)
	$(BIN)/ruff check tracker tests benchmarks
	$(BIN)/ruff format --check tracker tests benchmarks
	$(BIN)/mypy tracker

bench: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

# Nightly-style: a million random inputs through the parsers; prints counts (exit 1 on any failure).
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --inputs 1000000 --jobs 2

clean:
	rm -rf out .venv
