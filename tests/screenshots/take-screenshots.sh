#!/usr/bin/env bash
# Renders every page and dialog of Rapport offscreen, on a generated demo shop with the demo
# modem, into resources/screenshots/ (the README shows the main ones): the light pictures and
# a dark-palette set (dark-*.png).
# Usage: tests/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build/default)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
cmake --build "$build" --target rapport_screenshots
out="$root/resources/screenshots"
rm -f "$out"/*.png
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/bin/rapport_screenshots" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/bin/rapport_screenshots" --dark "$out"
