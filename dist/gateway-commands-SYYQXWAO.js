import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  auditCommand,
  config,
  gatewayCommand,
  ledgerCommand,
  reviewCommand
} from "./chunk-DGPZVNIA.js";
import "./chunk-UTGR6DGG.js";
import "./chunk-555PLDPS.js";
import "./chunk-TQCHCEE6.js";
import "./chunk-F72355UY.js";
import "./chunk-QSGYCVYZ.js";
import "./chunk-JLUL2CWT.js";
import "./chunk-IL3JVSOA.js";
import "./chunk-YWAC6ZPY.js";
import "./chunk-SUX2IRZQ.js";
import "./chunk-SZ3752GF.js";
import "./chunk-2264ZY6O.js";
import "./chunk-C27VLMH4.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";
export {
  auditCommand,
  config,
  gatewayCommand,
  ledgerCommand,
  reviewCommand
};
