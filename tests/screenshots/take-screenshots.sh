#!/usr/bin/env bash
# Renders every page of Rapport offscreen into resources/screenshots/ (the README shows them).
# Usage: tests/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build/default)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
cmake --build "$build" --target rapport_screenshots
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/bin/rapport_screenshots" \
    "$root/resources/screenshots"
