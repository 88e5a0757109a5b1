#!/usr/bin/env bash
# The consumer tests validate examples with Python's jsonschema, as a Python
# consumer would. Install Debian's python3-jsonschema when the interpreter the
# tests run (PYTHON3, else Debian's /usr/bin/python3) cannot import it (as root), or stop at once
# with the command that does.
set -euo pipefail
PYTHON="${PYTHON3:-/usr/bin/python3}"
if "$PYTHON" -c 'import jsonschema' 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Python's jsonschema is missing: installing Debian's python3-jsonschema package..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq python3-jsonschema >/dev/null
  if "$PYTHON" -c 'import jsonschema'; then
    exit 0
  fi
  echo "python3-jsonschema is installed for /usr/bin/python3, but $PYTHON cannot import it: run the tests with PYTHON3=/usr/bin/python3" >&2
  exit 1
fi
echo "Python's jsonschema is missing for $PYTHON. Install it with: sudo apt-get install -y python3-jsonschema" >&2
exit 1
