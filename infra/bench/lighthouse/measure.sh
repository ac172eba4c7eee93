#!/usr/bin/env bash
# Lighthouse budgets against a running Samskap: installs the pinned Lighthouse once, then measures.
#   infra/bench/lighthouse/measure.sh http://127.0.0.1:8080/ http://127.0.0.1:8080/ideer/<id>
# Options before the URLs: --runs N, --budget category=score (repeatable; default performance=95 accessibility=100),
# --cookie "samskap_id=...; samskap_access=..." for pages behind sign-in, e.g. from staff-cookies.mjs:
#   infra/bench/lighthouse/measure.sh --cookie "$(infra/bench/lighthouse/staff-cookies.sh \
#     http://127.0.0.1:8080/stab/dashbord)" http://127.0.0.1:8080/stab/dashbord
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm ci --no-audit --no-fund
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
exec node measure.mjs "$@"
