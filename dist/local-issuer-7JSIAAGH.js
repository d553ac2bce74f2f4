import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  LocalOidcIssuer
} from "./chunk-Y2SP52NW.js";
import "./chunk-555PLDPS.js";
import "./chunk-LF3FUY2S.js";
export {
  LocalOidcIssuer
};
