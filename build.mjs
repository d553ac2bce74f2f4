// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with everything they need,
// including libpg-query's WebAssembly, so dist/ runs with no node_modules present.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

// libpg-query's Emscripten loader is CommonJS and locates its .wasm next to __dirname.
const banner = [
  "import { createRequire as __mgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mgFileURLToPath } from 'node:url';",
  "import { dirname as __mgDirname } from 'node:path';",
  'const require = __mgCreateRequire(import.meta.url);',
  'const __filename = __mgFileURLToPath(import.meta.url);',
  'const __dirname = __mgDirname(__filename);',
].join('\n');

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await build({
  // The PGlite shadow's worker (a rehearsal with a time limit runs it there, so a statement can be stopped).
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'shadow-worker': 'src/effects/shadow-pglite-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Shared code and lazily loaded commands (gateway, demo) go to chunks, so a scan never parses PGlite.
  splitting: true,
  chunkNames: '[name]-[hash]',
  target: 'node20',
  banner: { js: banner },
  define: { __MG_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
});
await copyFile('node_modules/libpg-query/wasm/libpg-query.wasm', 'dist/libpg-query.wasm');
// PGlite (the embedded PostgreSQL of the gateway and the demo) loads these next to the bundle.
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) await copyFile(`node_modules/@electric-sql/pglite/dist/${asset}`, `dist/${asset}`);
// The contrib extensions of PGlite a rehearsal loads when the history creates one (1.5 MB in all).
await mkdir('dist/pglite-contrib', { recursive: true });
for (const file of await readdir('node_modules/@electric-sql/pglite/dist')) {
  if (file.endsWith('.tar.gz')) await copyFile(`node_modules/@electric-sql/pglite/dist/${file}`, `dist/pglite-contrib/${file}`);
}
// SQLite for rehearsal (sql.js) loads its WebAssembly from beside the bundle.
await copyFile('node_modules/sql.js/dist/sql-wasm.wasm', 'dist/sql-wasm.wasm');
