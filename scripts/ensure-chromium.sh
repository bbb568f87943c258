#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium (test tools cannot download browsers here).
# Installs it, with the CJK fonts screenshots need, when it is missing. Runs before `npm test`.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Debian's chromium for the browser tests…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
