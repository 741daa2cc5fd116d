#!/usr/bin/env bash
# The full test suite (README's test command). Needs ../shared beside the repo, PostgreSQL and Redis on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/python -m pip install -q -e ".[dev]"; }
export SIGNOFF_REQUIRE_SERVICES="${SIGNOFF_REQUIRE_SERVICES:-1}"
exec .venv/bin/python -m pytest -q "$@"
