#!/usr/bin/env bash
# Install what the web browser tests (tests/web/test_browser.py) need: Debian's
# chromium and a font, from the distribution's packages. Playwright itself comes from
# the dev extra (pip); `playwright install` is never run: no browser build is fetched.
# Without this the browser tests skip and the rest of the suite runs as usual.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "browser.sh: /usr/bin/chromium present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
