# The two commands of the README: `make generate` and `make test`. Both set up .venv
# from requirements.lock first, so a fresh clone needs only Python 3.11 and make.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: generate install-generated test test-all fuzz bench bench-all update-models clean

$(READY): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(READY)

# Regenerate generated/ from models/, then install it into .venv.
generate: $(READY)
	$(BIN)/botogen generate connect --out generated
	$(MAKE) install-generated

install-generated: $(READY)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall ./generated
	rm -rf generated/build generated/*.egg-info

test: $(READY)
	$(MAKE) install-generated
	$(BIN)/python -m pytest -q

# The every-service tests, type completeness, the XML wire differential and endpoint
# resolution included, on all services botocore ships (make test runs them on a sample).
test-all: $(READY)
	@start=$$(date +%s); \
	$(BIN)/python -m pytest -q tests/test_services.py tests/test_wire.py tests/test_typing.py tests/test_wire_xml.py tests/test_endpoints.py --all-services; status=$$?; \
	echo "make test-all: $$(( $$(date +%s) - start )) s"; exit $$status

# The model-fuzzing campaign, long (make test runs 250 examples); FUZZ_EXAMPLES=N to
# change the count. Failures are kept in .hypothesis/ and replayed first next time.
FUZZ_EXAMPLES ?= 10000
fuzz: $(READY)
	@start=$$(date +%s); \
	BOTOGEN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py \
		--hypothesis-show-statistics; status=$$?; \
	echo "make fuzz: $$(( $$(date +%s) - start )) s"; exit $$status

bench: $(READY)
	$(BIN)/python bench/generate.py
	$(BIN)/python bench/import_time.py
	$(BIN)/python bench/make_speed.py
	$(BIN)/python bench/wire.py
	$(BIN)/python bench/signing.py
	$(BIN)/python bench/client_call.py
	$(BIN)/python bench/wire_cbor.py
	$(BIN)/python bench/wire_xml.py
	$(BIN)/python bench/standalone.py

# The every-service budgets: generate --all cold and warm, then import every package
# (about 6 minutes, so not part of bench).
bench-all: $(READY)
	$(BIN)/python bench/all_services.py

# Refresh the vendored models from the installed botocore (see models/BOTOCORE_VERSION).
update-models: $(READY)
	$(BIN)/botogen update-models

clean:
	rm -rf $(VENV) generated/build generated/*.egg-info
