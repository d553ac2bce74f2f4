/**
 * The plan is what the team's migration tool will run. Given the tool (policy `tool:`), this decides which of
 * the migration files it runs, in which order, and which part of each (the up section): down, undo and revert
 * files or sections are never scanned as if they would run. Pure: paths and texts in, decisions out.
 */

export const TOOLS = ['prisma', 'flyway', 'golang-migrate', 'dbmate', 'node-pg-migrate', 'sqitch', 'rails', 'alembic', 'knex', 'none'] as const;
export type MigrationTool = (typeof TOOLS)[number];

export function isMigrationTool(value: string): value is MigrationTool {
  return (TOOLS as readonly string[]).includes(value);
}

export interface Selection {
  /** The files the tool runs, in the order it runs them (repository-relative POSIX paths). */
  files: string[];
  /** Files given that the tool never runs, each with why. */
  skipped: Array<{ path: string; why: string }>;
}

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Flyway: V<version>__<description>.sql (version parts split by `.` or `_`), R__<description>.sql, U… undo files. */
const FLYWAY_VERSIONED = /^V(\d+(?:[._]\d+)*)__.+\.sql$/i;
const FLYWAY_REPEATABLE = /^R__.+\.sql$/i;
const FLYWAY_UNDO = /^U\d+(?:[._]\d+)*__.+\.sql$/i;
/** golang-migrate: <version>_<title>.up.sql and .down.sql. */
const GOLANG_UP = /^(\d+)_.*\.up\.sql$/i;

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const versionOf = (text: string) => text.split(/[._]/).map(Number);

/**
 * Selects and orders the files for a tool. `sqitchPlan` is the text of sqitch.plan when there is one: its order
 * is the deploy order.
 */
export function selectForTool(tool: MigrationTool, paths: readonly string[], sqitchPlan?: string): Selection {
  const skipped: Selection['skipped'] = [];
  const keep = (path: string, runs: boolean, why: string) => {
    if (!runs) skipped.push({ path, why });
    return runs;
  };
  switch (tool) {
    case 'prisma':
      return { files: paths.filter((p) => keep(p, base(p) === 'migration.sql', 'Prisma runs only <migration>/migration.sql')), skipped };
    case 'flyway': {
      const versioned: Array<[number[], string]> = [];
      const repeatable: string[] = [];
      for (const path of paths) {
        const name = base(path);
        const v = FLYWAY_VERSIONED.exec(name);
        if (v) versioned.push([versionOf(v[1]!), path]);
        else if (FLYWAY_REPEATABLE.test(name)) repeatable.push(path);
        else keep(path, false, FLYWAY_UNDO.test(name) ? 'a Flyway undo migration (U…): `flyway migrate` never runs it' : 'not a Flyway migration name (V<version>__… or R__…)');
      }
      versioned.sort((a, b) => compareVersions(a[0], b[0]) || (a[1] < b[1] ? -1 : 1));
      // Repeatable migrations run after the versioned ones, ordered by description (Flyway re-runs one whenever its checksum changes).
      repeatable.sort((a, b) => (base(a).toLowerCase() < base(b).toLowerCase() ? -1 : 1));
      return { files: [...versioned.map(([, p]) => p), ...repeatable], skipped };
    }
    case 'golang-migrate': {
      const ups: Array<[number, string]> = [];
      for (const path of paths) {
        const up = GOLANG_UP.exec(base(path));
        if (up) ups.push([Number(up[1]), path]);
        else keep(path, false, /\.down\.sql$/i.test(path) ? 'a down migration: `migrate up` never runs it' : 'not a golang-migrate up file (<version>_<title>.up.sql)');
      }
      ups.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
      return { files: ups.map(([, p]) => p), skipped };
    }
    case 'sqitch': {
      const deploy = paths.filter((p) => keep(p, /(^|\/)deploy\//.test(p), /(^|\/)(revert|verify)\//.test(p) ? 'a sqitch revert or verify script: `sqitch deploy` runs deploy/ only' : 'not under deploy/'));
      if (!sqitchPlan) return { files: deploy, skipped };
      const order = sqitchChanges(sqitchPlan);
      const rank = (p: string) => {
        const change = p.replace(/^.*(?:^|\/)deploy\//, '').replace(/\.sql$/i, '');
        const at = order.indexOf(change);
        return at < 0 ? order.length : at;
      };
      return { files: [...deploy].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1)), skipped };
    }
    default:
      // dbmate and node-pg-migrate keep up and down in one file (upSection); rails, alembic and knex migrations are
      // code: what is scanned is the SQL the user points at (structure.sql, `alembic upgrade --sql` output).
      return { files: [...paths], skipped };
  }
}

/** The change names of a sqitch.plan in deploy order (pragmas, tags, comments and blank lines skipped). */
export function sqitchChanges(plan: string): string[] {
  return plan
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('%') && !line.startsWith('@') && !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0]!);
}

/** dbmate's and node-pg-migrate's section markers: everything from a down marker to the next up marker is not run. */
const SECTION_MARKERS: Partial<Record<MigrationTool, { up: RegExp; down: RegExp }>> = {
  dbmate: { up: /^--\s*migrate:up\b.*$/gim, down: /^--\s*migrate:down\b.*$/gim },
  'node-pg-migrate': { up: /^--\s*up migration\b.*$/gim, down: /^--\s*down migration\b.*$/gim },
};

/**
 * The text the tool runs when it applies the file: for tools with up and down sections in one file, the down
 * sections are blanked out (newlines kept, so every line and column the scanner reports stays where it is).
 * Returns the text unchanged for other tools, and `blanked` lines for the report.
 */
export function upSection(tool: MigrationTool, text: string): { text: string; blanked: number; problem?: string } {
  const markers = SECTION_MARKERS[tool];
  if (!markers) return { text, blanked: 0 };
  // dbmate refuses a migration without an up block; node-pg-migrate runs a file without markers whole.
  if (tool === 'dbmate' && !new RegExp(markers.up.source, 'im').test(text)) {
    return { text, blanked: 0, problem: "dbmate refuses a migration without a `-- migrate:up` line ('dbmate requires each migration to define an up block'): these statements as scanned are not what would run" };
  }
  const cuts: Array<{ at: number; up: boolean }> = [];
  for (const m of text.matchAll(markers.up)) cuts.push({ at: m.index!, up: true });
  for (const m of text.matchAll(markers.down)) cuts.push({ at: m.index!, up: false });
  cuts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  let running = true; // text before the first marker runs (dbmate and node-pg-migrate treat it as up)
  let blanked = 0;
  for (const cut of [...cuts, { at: text.length, up: true }]) {
    const part = text.slice(from, cut.at);
    if (running) out += part;
    else {
      out += part.replace(/[^\n]/g, ' ');
      blanked += (part.match(/\n/g) ?? []).length;
    }
    from = cut.at;
    running = cut.up;
  }
  return { text: out, blanked };
}

/**
 * The tool the files look like they belong to, when no `tool` is set: a hint, never a decision (a wrong guess
 * would leave statements out of the plan). Undefined when nothing is telling.
 */
export function detectTool(files: ReadonlyArray<{ path: string; text: string }>): { tool: MigrationTool; because: string } | undefined {
  const names = files.map((f) => base(f.path));
  if (names.some((n) => /\.down\.sql$/i.test(n)) && names.some((n) => /\.up\.sql$/i.test(n))) return { tool: 'golang-migrate', because: 'there are *.up.sql and *.down.sql files' };
  if (names.some((n) => FLYWAY_UNDO.test(n)) || names.filter((n) => FLYWAY_VERSIONED.test(n)).length >= 2) return { tool: 'flyway', because: 'the files are named V<version>__…' };
  if (files.some((f) => /^--\s*migrate:down\b/im.test(f.text))) return { tool: 'dbmate', because: 'files have a -- migrate:down section' };
  if (files.some((f) => /^--\s*down migration\b/im.test(f.text))) return { tool: 'node-pg-migrate', because: 'files have a -- Down Migration section' };
  if (files.some((f) => /(^|\/)revert\//.test(f.path)) && files.some((f) => /(^|\/)deploy\//.test(f.path))) return { tool: 'sqitch', because: 'there are deploy/ and revert/ scripts' };
  return undefined;
}
