#!/usr/bin/env bash
# Installs what the tests need on a fresh machine and runs the whole suite (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm test
