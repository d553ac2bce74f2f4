import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/effects/model.ts
var keyOf = (object) => `${object.kind}:${object.id}`;
function effectKey(effect) {
  return `${effect.kind}${effect.attribute ? `:${effect.attribute}` : ""} ${effect.object}`;
}

export {
  keyOf,
  effectKey
};
