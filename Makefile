# Developer entry point. `make help` lists the targets.
VENV ?= .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: help setup demo test test-full unit emulator-tests integration lint sanity hostcheck build bench clean

help:
	@echo "setup      create $(VENV) (Python >= 3.12), install the toolchain and mono-mcs"
	@echo "demo       setup, start hvemu with a small mixed fleet, run the topologies, stop it"
	@echo "test       everything CI runs: lint, host-code check, unit, emulator, integration, sanity, build"
	@echo "test-full  test plus the long cases (long blackouts, big fleets, full fuzz matrix)"
	@echo "bench      benchmarks against hvemu (not part of test)"

setup:
	@scripts/setup.sh

demo: setup
	@$(PY) scripts/demo.py

test: setup
	@scripts/test.sh

test-full: setup
	@HVNET_FULL=1 scripts/test.sh

unit: setup
	@$(PY) -m pytest -q tests/unit

emulator-tests: setup
	@$(PY) -m pytest -q emulator/tests

integration: setup
	@$(PY) -m pytest -q tests/integration

lint: setup
	@scripts/lint.sh

sanity: setup
	@scripts/sanity.sh

hostcheck: setup
	@$(PY) -m pytest -q tests/hostcode

build: setup
	@scripts/build.sh

bench: setup
	@$(PY) bench/run.py

clean:
	rm -rf build tests/output .pytest_cache .ruff_cache bench/results
