import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/plan/execution.ts
var ALREADY_APPLIED = "already applied";
function isAlreadyApplied(result) {
  return result.status === "skipped" && result.note?.startsWith(ALREADY_APPLIED) === true;
}

export {
  ALREADY_APPLIED,
  isAlreadyApplied
};
