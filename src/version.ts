/** The tool's version, injected at build time from package.json (build.mjs and vitest.config.ts define it). */
declare const __MG_VERSION__: string;

export const TOOL_NAME = 'migration-guard';
export const TOOL_VERSION: string = __MG_VERSION__;
