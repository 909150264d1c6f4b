#!/usr/bin/env bash
# The main job on the sample: ingest examples/ into a SQLite KB, ask it a few
# questions, then serve the web UI over it (PORT, default 8000; Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHANCERY_DB="${1:-sqlite:///$PWD/demo-kb/chancery.db}"
chancery=.venv/bin/chancery

show() {
    printf '\n$ %s\n' "$*"
    "$@"
}

show $chancery ingest examples/
show $chancery actors --limit 12
show $chancery show "Vice Minister Oh"
show $chancery events --type agreement
show $chancery events --planned
show $chancery search "memorandum"
printf '\nThe KB is at %s (set CHANCERY_DB or --db to use it).\n' "$CHANCERY_DB"
export CHANCERY_TOKEN="${CHANCERY_TOKEN:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')}"
port="${PORT:-8000}"
printf '\nServing the web UI at http://127.0.0.1:%s/ (Ctrl-C to stop).\n' "$port"
printf 'Token for adding pages in the browser: %s\n' "$CHANCERY_TOKEN"
exec $chancery serve --host 127.0.0.1 --port "$port"
