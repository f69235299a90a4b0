#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/run.sh [unhooked options] — installs what is missing, builds, and
# opens Unhooked (for example `tools/run.sh --kiosk`).
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display (DISPLAY is unset). Start it from a desktop session, or see" >&2
    echo "     docs/deployment.md for running the kiosk on boot." >&2
    exit 1
fi
exec build/unhooked "$@"
