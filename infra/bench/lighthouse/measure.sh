#!/usr/bin/env bash
# Lighthouse budgets against a running Samskap: installs the pinned Lighthouse once, then measures.
#   infra/bench/lighthouse/measure.sh http://127.0.0.1:8080/ http://127.0.0.1:8080/ideer/<id>
# Options before the URLs: --runs N, --budget category=score (repeatable; default performance=95 accessibility=100),
# --cookie "samskap_id=..." for pages behind sign-in.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm ci --no-audit --no-fund
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
exec node measure.mjs "$@"
