#!/usr/bin/env bash
# Installs what the tests need on a fresh machine and runs the whole suite (the README's test command):
# npm packages, and Debian's postgresql and mariadb-server when their binaries are missing (the gateway and rehearsal
# tests start real servers of their own, in temporary directories, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "installing Debian's postgresql (server binaries for the tests)…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
if ! command -v sqitch >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import alembic, psycopg2' >/dev/null 2>&1; then
  # The wire endpoint's end-to-end tests run real migration tools: psql, sqitch (with its PostgreSQL driver) and
  # alembic (with psycopg2, under Debian's python3).
  echo "installing Debian's sqitch, python3-alembic and postgresql-client (migration tools for the wire tests)…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqitch libdbd-pg-perl postgresql-client python3-alembic python3-psycopg2 >/dev/null
fi
if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb-install-db >/dev/null 2>&1; then
  # Rehearsal of MySQL/MariaDB migrations runs on a real server (shadow-url): the tests start one of their own.
  echo "installing Debian's mariadb-server (a shadow server for the rehearsal tests)…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mariadb-server >/dev/null
fi
npm ci --no-audit --no-fund
# shellcheck disable=SC2046 # the projects' arguments are words
npm test -- $(scripts/test-projects.sh)
