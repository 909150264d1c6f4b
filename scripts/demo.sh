#!/usr/bin/env bash
# The main job on the sample: ingest examples/ into a SQLite KB, then ask it questions.
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
