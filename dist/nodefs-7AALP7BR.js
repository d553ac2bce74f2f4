import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  Ce,
  I,
  u
} from "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
import * as o from "fs";
import * as r from "path";
u();
var m = class extends Ce {
  constructor(t) {
    super(t), this.rootDir = r.resolve(t), o.existsSync(r.join(this.rootDir)) || o.mkdirSync(this.rootDir);
  }
  async init(t, e) {
    return this.pg = t, { emscriptenOpts: { ...e, preRun: [...e.preRun || [], (s) => {
      let c = s.NODEFS;
      s.FS.mkdirTree(I), s.FS.mount(c, { root: this.rootDir }, I);
    }] } };
  }
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
export {
  m as NodeFS
};
