import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  mysqlShadow,
  snapshotMysql
} from "./chunk-YWAC6ZPY.js";
import "./chunk-C27VLMH4.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-LF3FUY2S.js";
export {
  mysqlShadow,
  snapshotMysql
};
