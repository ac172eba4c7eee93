#!/usr/bin/env bash
# Signs a demo staff member in through a running gateway and prints the cookies for measure.sh --cookie; installs the
# pinned packages first if measure.sh has not yet. See staff-cookies.mjs.
#   infra/bench/lighthouse/staff-cookies.sh [--user rana-staff] [--password demo-rana-staff] http://127.0.0.1:8080/stab/dashbord
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/puppeteer-core ]; then
  npm ci --no-audit --no-fund >&2
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
exec node staff-cookies.mjs "$@"
