#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium (test tools cannot download browsers here), and
# the design tests and screenshots need the Noto CJK fonts (without them Chinese renders as boxes, and each
# edition's own face cannot be checked). Installs whichever is missing. Runs before `npm test`.
set -euo pipefail
packages=()
if [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if ! fc-list : family 2>/dev/null | grep 'Noto Sans CJK' >/dev/null; then packages+=(fonts-noto-cjk); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${packages[*]} for the browser tests…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
/usr/bin/chromium --version
