import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  RehearsalTimeout,
  contribExtensionsIn,
  inProcessPgliteShadow,
  pgliteShadow
} from "./chunk-CZR65XKX.js";
import "./chunk-JLUL2CWT.js";
import "./chunk-SZ3752GF.js";
import "./chunk-2264ZY6O.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";
export {
  RehearsalTimeout,
  contribExtensionsIn,
  inProcessPgliteShadow,
  pgliteShadow
};
