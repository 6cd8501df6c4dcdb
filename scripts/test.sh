#!/usr/bin/env bash
# Run aptrace's whole test suite on a fresh machine: installs what the tests
# need (a virtualenv with the package and its test extras, PostgreSQL and
# Chromium from Debian's packages), starts PostgreSQL on a private socket and
# port, runs pytest, and stops the server again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]" 2>&1 | grep -v -E "^(WARNING|  )" || true

# A throwaway PostgreSQL server for the store tests, owned by a non-root user.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/aptrace-pg.XXXXXX)
chown postgres "$pgdir" 2>/dev/null || true
# a free port unless one is asked for (another server may hold the usual ones)
port=${APTRACE_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
runpg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
trap 'runpg "$pgbin/pg_ctl -D $pgdir/data -m fast stop >/dev/null 2>&1" || true; rm -rf "$pgdir"' EXIT
runpg "$pgbin/initdb -D $pgdir/data -A trust -U postgres >/dev/null"
if ! runpg "$pgbin/pg_ctl -D $pgdir/data -o '-p $port -k $pgdir -c listen_addresses=127.0.0.1' -l $pgdir/log -w start >/dev/null"; then
  echo "PostgreSQL did not start on port $port:" >&2
  tail -n 20 "$pgdir/log" >&2
  exit 1
fi
export APTRACE_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"

.venv/bin/python -m pytest "$@"
