#!/usr/bin/env bash
# Which vitest projects the suite runs here: both, or (where ../shared/corpus is missing, or MG_WITHOUT_CORPUS=1 says
# so) the suite without the corpus project, with one line on stderr that says why. Prints vitest's arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${MG_WITHOUT_CORPUS:-}" = "1" ] || [ ! -d ../shared/corpus ]; then
  if [ "${MG_WITHOUT_CORPUS:-}" = "1" ]; then why="MG_WITHOUT_CORPUS=1"; else why="../shared/corpus is not there"; fi
  echo "$why: the corpus project (__tests__/e2e/corpus*.test.ts, real migrations from ../shared/corpus) is excluded from this run" >&2
  echo "--project suite"
fi
