# Pulut Desktop. `make run` and `make test` set up everything they need on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DIR := demo-data
DEMO_USER := demo
DEMO_PASSWORD := latihan-pulut
export PYINSTALLER_CONFIG_DIR ?= $(CURDIR)/build/pyinstaller-cache

.PHONY: run test bench lint format screenshots translations docs demo clean help bundle bundle-check deb lock venv

help:
	@echo "make run          set up and start the app on a training data dir ($(DEMO_DIR)/)"
	@echo "make test         set up and run the whole test suite offscreen"
	@echo "make bench        run the benchmarks (results in docs/performance.md)"
	@echo "make lint         ruff + import boundaries"
	@echo "make screenshots  render every screen into docs/screenshots/ (the handbook's into the package)"
	@echo "make docs         the officer's handbook and the province admin guide as PDF"
	@echo "make bundle       PyInstaller one-folder app in dist/pulut-desktop/ (+ .zip, sizes, self-test)"
	@echo "make bundle-check build the bundle twice from the lock and compare files and versions"
	@echo "make lock         re-pin every dependency with hashes into requirements/lock.txt"
	@echo "make deb          Debian package dist/pulut-desktop_<version>_<arch>.deb from the bundle"

# Every dependency (all extras) pinned with hashes in the lock; `make lock` refreshes it from pyproject.toml.
LOCK := requirements/lock.txt
LOCKED_PYTHON := $(shell cat .python-version)

$(VENV)/.installed: pyproject.toml $(LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $@

venv: $(VENV)/.installed

lock: venv
	@$(PY) -m uv --version >/dev/null 2>&1 || $(PY) -m pip install -q uv
	$(PY) -m uv pip compile pyproject.toml --extra dev --extra province --extra packaging --universal \
		--generate-hashes --python-version $(LOCKED_PYTHON) --custom-compile-command "make lock" -o $(LOCK)

$(DEMO_DIR)/keyring.json: | $(VENV)/.installed
	@echo "$(DEMO_PASSWORD)" | $(PY) -m pulut_desktop --data-dir $(DEMO_DIR) init --training --password-stdin \
		--user $(DEMO_USER) --name "Supervisor Latihan" --device-name "Laptop Latihan" --regency 14.06
	@echo "$(DEMO_PASSWORD)" | $(PY) -m pulut_desktop --data-dir $(DEMO_DIR) demo-data --password-stdin \
		--user $(DEMO_USER) --count 300 --seed 7

demo: $(DEMO_DIR)/keyring.json

run:
	@.ci/sysdeps.sh run
	@$(MAKE) --no-print-directory venv demo
	@echo "Training data dir: $(DEMO_DIR)/  user: $(DEMO_USER)  password: $(DEMO_PASSWORD)"
	$(PY) -m pulut_desktop --data-dir $(DEMO_DIR)

test:
	@.ci/sysdeps.sh test
	@$(MAKE) --no-print-directory venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: venv
	@# PostgreSQL for the province benchmark when it can be started (as root on Debian); else SQLite only.
	bash -c 'source .ci/postgres.sh >/dev/null 2>&1 || echo "(PostgreSQL not started: SQLite only)"; \
		QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py'

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pulut_desktop.ui.screenshots --out docs/screenshots
	$(PY) packaging/handbook_images.py docs/screenshots
	$(PY) -m tests.web.screenshots --out docs/screenshots  # the province console, in headless chromium

docs: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pulut_desktop.ui.help docs/panduan-petugas.pdf
	QT_QPA_PLATFORM=offscreen $(PY) -m pulut_desktop.ui.help --guide province-admin.md docs/province-admin.pdf

translations: venv
	bash pulut_desktop/resources/translations/update.sh

bundle: venv
	@$(PY) -c 'import sys; v = "%d.%d" % sys.version_info[:2]; sys.exit(0 if v == "$(LOCKED_PYTHON)" else \
		f"make bundle: the venv runs Python {v}, the lock is for $(LOCKED_PYTHON) (.python-version)")'
	@command -v strip >/dev/null || { echo "make bundle needs binutils (strip, objcopy, ld)"; exit 1; }
	@start=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pulut-desktop.spec && \
	echo "built dist/pulut-desktop/ in $$(( $$(date +%s) - start )) s"
	$(PY) packaging/bundle_size.py dist/pulut-desktop
	QT_QPA_PLATFORM=offscreen dist/pulut-desktop/pulut-desktop --self-test

# Two builds from the lock give the same files and component versions (packaging/bundle_manifest.py).
bundle-check: venv
	rm -rf build/check && mkdir -p build/check
	for n in 1 2; do \
		$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath build/check/$$n \
			--workpath build/check/work$$n packaging/pulut-desktop.spec && \
		$(PY) packaging/bundle_manifest.py build/check/$$n/pulut-desktop > build/check/manifest-$$n.txt || exit 1; \
	done
	diff build/check/manifest-1.txt build/check/manifest-2.txt && \
		echo "two builds: same $$(grep -c '^file' build/check/manifest-1.txt) files and $$(grep -c '^component' build/check/manifest-1.txt) component versions"

deb: bundle
	packaging/linux/build_deb.sh dist/pulut-desktop dist
	@# lintian takes minutes on a 130 MB package, so here rather than in every test run
	@if command -v lintian >/dev/null; then \
		lintian --tag-display-limit 0 dist/pulut-desktop_*.deb | tee build/lintian.txt; \
		! grep -q '^E:' build/lintian.txt || { echo "lintian reports errors"; exit 1; }; \
	else echo "lintian not installed (.ci/sysdeps.sh release): not checked"; fi

clean:
	rm -rf build dist .pytest_cache .ruff_cache
