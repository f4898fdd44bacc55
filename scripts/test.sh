#!/usr/bin/env bash
# Install govkg with its test extras into .venv (and, for the browser tests, Debian's chromium
# with a CJK font when we may), then run the whole test suite.  `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
missing=()
for pkg in chromium fonts-wqy-zenhei; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's ${missing[*]} for the browser and notebook tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
    || echo "warning: could not install ${missing[*]}; browser tests will be skipped"
fi
exec .venv/bin/python -m pytest -q "$@"
