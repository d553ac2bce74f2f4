#!/usr/bin/env node
/** CLI entry: wires process I/O to runCli and nothing else. */
import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
});
process.exitCode = code;
