#!/usr/bin/env bash
# Installs the three test browsers from Debian's packages when any is missing (nothing is downloaded
# by npm: puppeteer/playwright browser downloads fail on machines without internet access), and
# php-cli for `php -l` on the WordPress plugin and its validation vectors.
set -euo pipefail
need=0
for bin in /usr/bin/chromium /usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/Xvfb /usr/bin/php; do
  [ -x "$bin" ] || need=1
done
# The visual regression tests (tests/visual/) render with DejaVu Sans: the same font on every machine.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need=1
[ "$need" = 1 ] || exit 0
echo "Installing test browsers, fonts and php-cli from Debian packages (chromium, firefox-esr, webkit2gtk-driver, xvfb, fonts-dejavu-core, php-cli)..."
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core php-cli >/dev/null
echo "Browsers installed."
