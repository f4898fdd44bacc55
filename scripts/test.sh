#!/usr/bin/env bash
# Install govkg with its test extras into .venv (and, for the browser tests, Debian's chromium
# with a CJK font when we may), then run the whole test suite.  `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium and fonts-wqy-zenhei for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped"
fi
exec .venv/bin/python -m pytest -q "$@"
