import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/effects/shadow-database.ts
import { randomBytes } from "node:crypto";
async function createShadowDatabase(admin, url) {
  const name = `mg_shadow_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => void 0);
    throw new Error(`cannot create a shadow database on the shadow-url server: ${error.message}`);
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { name, url: target.toString() };
}

export {
  createShadowDatabase
};
