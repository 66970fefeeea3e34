# Simpul: two commands.
#   make run   set everything up and serve the site with demo content
#   make test  set everything up and run the whole suite (SQLite and PostgreSQL side by side)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup demo test lint check test-sqlite test-postgres bench bench-reliability messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt requirements-opensearch.txt requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

var:
	mkdir -p var

setup: $(VENV)/.installed var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) seed_demo
	$(MANAGE) search_index build --if-needed

run: setup
	@echo "Simpul berjalan di http://$(HOST):$(PORT)/ (Ctrl+C untuk berhenti)"
	$(MANAGE) runserver $(HOST):$(PORT)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit --quiet --recursive --severity-level medium --exclude ./.venv,./var,./tests,./bench .

check: $(VENV)/.installed-test
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) compilemessages --ignore '.venv' -v 0
	git diff --exit-code -- locale locale_wagtail || (echo "locale/*.mo or locale_wagtail/*.mo is stale: run 'make messages' and commit"; exit 1)

test-sqlite: $(VENV)/.installed-test
	$(BIN)/pytest

# The PostgreSQL pass runs the whole suite, then the site search's tests again on
# modelsearch's PostgreSQL backend (SIMPUL_SEARCH_BACKEND=postgres, as a site can choose).
SITE_SEARCH_TESTS := tests/search/test_site_search_*.py tests/search/test_backend_settings.py \
	tests/forum/test_search_threads.py tests/forum/sessions/test_search.py
test-postgres: $(VENV)/.installed-test
	bash .ci/with-postgres.sh sh -c '$(BIN)/pytest && SIMPUL_SEARCH_BACKEND=postgres $(BIN)/pytest $(SITE_SEARCH_TESTS)'

# The two database passes share nothing (each test has its own index directory, the
# PostgreSQL pass its own server), and each is mostly one busy process: side by side
# they take the time of the longer one. -O prints each pass's output whole when it ends.
test: $(VENV)/.installed-test
	bash .ci/system-deps.sh
	$(MAKE) --no-print-directory lint check
	$(MAKE) --no-print-directory -j2 -O test-sqlite test-postgres

bench: $(VENV)/.installed-test
	$(PY) bench/pages.py
	$(PY) bench/practices.py
	$(PY) bench/page_weight.py

# Long runs, not part of make test: 20 members against 4 gunicorn workers for 60 s, then the faults.
bench-reliability: $(VENV)/.installed-test
	$(PY) bench/load.py
	$(PY) bench/faults.py

messages: $(VENV)/.installed
	$(MANAGE) makemessages -l id --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*' --ignore 'community/demo/*' --ignore 'search/backends/*' --no-obsolete --no-wrap
	$(MANAGE) compilemessages --ignore '.venv' -v 0

clean:
	rm -rf var $(VENV)
