import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CORPUS_TESTS = '__tests__/e2e/corpus*.test.ts';

// Two projects so that a run without ../shared/corpus (GitHub's runners) names what it leaves out:
// `vitest run --project suite` runs everything but the corpus; a plain `vitest run` runs both.
export default defineConfig({
  define: { __MG_VERSION__: JSON.stringify(version) },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['__tests__/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'suite', include: ['__tests__/**/*.test.ts'], exclude: [CORPUS_TESTS] } },
      { extends: true, test: { name: 'corpus', include: [CORPUS_TESTS] } },
    ],
  },
});
