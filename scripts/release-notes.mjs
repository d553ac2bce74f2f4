#!/usr/bin/env node
// The release notes of a version: its section of CHANGELOG.md (from its "## [X.Y.Z]" heading to the next one).
// Usage: node scripts/release-notes.mjs v1.2.3 — exits 1, saying so, when CHANGELOG.md has no section for it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = (process.argv[2] ?? '').replace(/^v/, '');
if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
  process.stderr.write('usage: node scripts/release-notes.mjs vX.Y.Z\n');
  process.exit(2);
}
const changelog = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md'), 'utf8');
const lines = changelog.split('\n');
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
if (start < 0) {
  process.stderr.write(`CHANGELOG.md has no section "## [${version}]": write it before tagging v${version}\n`);
  process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && /^## \[/.test(line));
const section = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => !/^\[[^\]]+\]: /.test(line));
process.stdout.write(`${section.join('\n').trim()}\n`);
