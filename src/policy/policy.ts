/**
 * The policy file (`.github/migration-guard.yml`): parsed with positions so every error names
 * the file, line and column. Unknown keys are errors at every level: a typo must never silently
 * disable a rule or an expiry.
 */
import { isMigrationTool, TOOLS, type MigrationTool } from '../plan/tools.js';
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { RULES, ruleById } from '../scan/rules/catalog.js';
import { didYouMean } from '../config/did-you-mean.js';
import { normalizeDialect, SEVERITIES, type Dialect, type Severity } from '../scan/types.js';
import { YamlReader, type Entry } from '../config/yaml-reader.js';
import { daysBetween, isCalendarDate } from './dates.js';
import { DEFAULT_MAX_FILE_BYTES, formatSize, MAX_FILE_BYTES_CEILING, parseSize } from './size.js';

export type RuleSetting = Severity | 'off';

export interface PolicyExemption {
  id: string;
  rule: string;
  /** Digest of the exact statement (sha256:…), as the report prints it. */
  statement: string;
  reason: string;
  owner: string;
  /** Last day the exemption applies (YYYY-MM-DD). */
  expires: string;
  ticket?: string;
  revoked: boolean;
  source: 'policy' | 'inline';
  /** Where it is written: the policy file, or the migration file for inline exemptions. */
  file: string;
  line: number;
}

export interface PathOverride {
  paths: string[];
  rules: Record<string, RuleSetting>;
}

export interface Policy {
  version: 1;
  dialect?: Dialect;
  migrations: string[];
  rules: Record<string, RuleSetting>;
  overrides: PathOverride[];
  inlineExemptions: boolean;
  maxExemptionDays: number;
  allowBlockExemptions: boolean;
  /** Files larger than this are refused (an input error), not scanned. */
  maxFileBytes: number;
  /** The migration tool that applies the files: which files and which parts of them are the plan. */
  tool: MigrationTool;
  /** Rehearse the change on a shadow database built from the history: when possible (auto), always (required), never. */
  rehearse: 'auto' | 'required' | 'off';
  /** A throwaway PostgreSQL server to rehearse on instead of the embedded PGlite (a database is made on it per run). */
  shadowUrl?: string;
  /** Seconds one statement (of the history or the change) may run on the shadow database before it is stopped. */
  rehearseTimeout: number;
  /** The most rows one run may insert, update or delete per table; the gateway rolls back a run above them. */
  maxRows: { insert?: number; update?: number; delete?: number };
  exemptions: PolicyExemption[];
  /** Where the policy came from, for reports ("defaults" when there is no file). */
  source: string;
}

export const DEFAULT_MAX_EXEMPTION_DAYS = 90;
export const MAX_EXEMPTION_DAYS_CEILING = 365;

/** A policy file error: file, line and column, what is wrong and what is expected. */

export const DEFAULT_POLICY: Policy = {
  version: 1,
  migrations: [],
  rules: {},
  overrides: [],
  inlineExemptions: false,
  maxExemptionDays: DEFAULT_MAX_EXEMPTION_DAYS,
  allowBlockExemptions: false,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  tool: 'none',
  rehearse: 'auto',
  rehearseTimeout: 60,
  maxRows: {},
  exemptions: [],
  source: 'defaults',
};

export const TOP_LEVEL_KEYS = [
  'version',
  'dialect',
  'migrations',
  'rules',
  'overrides',
  'inline-exemptions',
  'max-exemption-days',
  'allow-block-exemptions',
  'max-file-size',
  'tool',
  'rehearse',
  'shadow-url',
  'rehearse-timeout',
  'max-rows',
  'exemptions',
] as const;
export const EXEMPTION_KEYS = ['id', 'rule', 'statement', 'reason', 'owner', 'expires', 'ticket', 'revoked'] as const;
export const REQUIRED_EXEMPTION_KEYS = ['id', 'rule', 'statement', 'reason', 'owner', 'expires'] as const;

export interface ParseOptions {
  /** Today's date (YYYY-MM-DD), injectable for tests; expiry limits are counted from it. */
  today: string;
}

export function parsePolicy(text: string, file: string, options: ParseOptions): Policy {
  const y = new YamlReader(text, file);
  const globs = (entry: Entry): string[] => {
    const { value } = entry;
    if (!isSeq(value) || value.items.length === 0 || value.items.some((item) => !isScalar(item) || typeof item.value !== 'string')) {
      throw y.error(value ?? entry.keyNode, `\`${entry.key}\` must be a list of glob strings, e.g. ["db/migrations/**/*.sql"]`);
    }
    return value.items.map((item) => String((item as { value: unknown }).value));
  };
  const ruleSettings = ({ value, keyNode }: Entry): Record<string, RuleSetting> => {
    if (value === null || (isScalar(value) && value.value === null)) return {};
    if (!isMap(value)) throw y.error(value ?? keyNode, '`rules` must map rule ids to a severity (info, warning, approval, block, off)');
    const settings: Record<string, RuleSetting> = {};
    for (const pair of value.items) {
      y.attempt(() => {
        const ruleKey = pair.key as YamlNode;
        const id = isScalar(ruleKey) ? String(ruleKey.value) : '';
        if (!ruleById(id)) throw y.error(ruleKey, `unknown rule \`${id}\`${didYouMean(id, RULES.map((r) => r.id))}; \`migration-guard rules\` lists the rule ids`);
        const severityNode = pair.value as YamlNode | null;
        const severity = isScalar(severityNode) ? String(severityNode.value) : '';
        if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
          throw y.error(severityNode ?? ruleKey, `severity of \`${id}\` must be one of info, warning, approval, block, off${didYouMean(severity, [...SEVERITIES, 'off'])}`);
        }
        settings[id] = severity as RuleSetting;
      });
    }
    return settings;
  };

  if (!isMap(y.root)) throw y.error(y.root, 'expected a mapping with at least `version: 1`');
  // Every problem of the file at once, each with its line: one edit fixes them all.
  y.collectAll();
  const policy: Policy = { ...DEFAULT_POLICY, overrides: [], exemptions: [], rules: {}, migrations: [], source: file };
  const top = y.entries(y.root, '', TOP_LEVEL_KEYS);
  y.attempt(() => {
    const version = top.get('version');
    if (!version) throw y.error(y.root, 'missing `version: 1`');
    if (!isScalar(version.value) || version.value.value !== 1) throw y.error(version.value ?? version.keyNode, 'unsupported `version`: expected 1');
  });
  y.attempt(() => {
    const dialect = top.get('dialect');
    if (!dialect) return;
    const name = isScalar(dialect.value) ? normalizeDialect(String(dialect.value.value)) : undefined;
    if (!name) throw y.error(dialect.value ?? dialect.keyNode, '`dialect` must be one of postgres, mysql, mariadb, sqlite');
    policy.dialect = name;
  });
  y.attempt(() => {
    if (top.get('migrations')) policy.migrations = globs(top.get('migrations')!);
  });
  y.attempt(() => {
    if (top.get('rules')) policy.rules = ruleSettings(top.get('rules')!);
  });
  y.attempt(() => {
    const overrides = top.get('overrides');
    if (!overrides) return;
    if (!isSeq(overrides.value)) throw y.error(overrides.value ?? overrides.keyNode, '`overrides` must be a list of { paths: [globs], rules: { rule: severity } }');
    for (const item of overrides.value.items as YamlNode[]) {
      y.attempt(() => {
        if (!isMap(item)) throw y.error(item, 'each override must be a mapping with `paths` and `rules`');
        const entries = y.entries(item, 'an override', ['paths', 'rules']);
        if (!entries.get('paths')) throw y.error(item, 'an override needs `paths`');
        policy.overrides.push({ paths: globs(entries.get('paths')!), rules: entries.get('rules') ? ruleSettings(entries.get('rules')!) : {} });
      });
    }
  });
  y.attempt(() => (policy.inlineExemptions = y.boolean(top.get('inline-exemptions')) ?? policy.inlineExemptions));
  y.attempt(() => (policy.allowBlockExemptions = y.boolean(top.get('allow-block-exemptions')) ?? policy.allowBlockExemptions));
  y.attempt(() => {
    const maxDays = top.get('max-exemption-days');
    if (!maxDays) return;
    const days = isScalar(maxDays.value) ? maxDays.value.value : undefined;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXEMPTION_DAYS_CEILING) {
      throw y.error(maxDays.value ?? maxDays.keyNode, `\`max-exemption-days\` must be a whole number of days from 1 to ${MAX_EXEMPTION_DAYS_CEILING}`);
    }
    policy.maxExemptionDays = days;
  });
  y.attempt(() => {
    const maxSize = top.get('max-file-size');
    if (!maxSize) return;
    const raw = isScalar(maxSize.value) ? maxSize.value.value : undefined;
    const bytes = typeof raw === 'string' || typeof raw === 'number' ? parseSize(raw) : undefined;
    if (bytes === undefined) throw y.error(maxSize.value ?? maxSize.keyNode, `\`max-file-size\` must be a size such as "50 MiB", at most ${formatSize(MAX_FILE_BYTES_CEILING)}`);
    policy.maxFileBytes = bytes;
  });
  y.attempt(() => {
    const tool = top.get('tool');
    if (!tool) return;
    const name = isScalar(tool.value) ? String(tool.value.value) : '';
    if (!isMigrationTool(name)) throw y.error(tool.value ?? tool.keyNode, `\`tool\` must be one of ${TOOLS.join(', ')}${didYouMean(name, TOOLS)}`);
    policy.tool = name;
  });
  y.attempt(() => {
    const rehearse = top.get('rehearse');
    if (!rehearse) return;
    const value = isScalar(rehearse.value) ? String(rehearse.value.value) : '';
    if (value !== 'auto' && value !== 'required' && value !== 'off') throw y.error(rehearse.value ?? rehearse.keyNode, `\`rehearse\` must be auto, required or off${didYouMean(value, ['auto', 'required', 'off'])}`);
    policy.rehearse = value;
  });
  y.attempt(() => {
    const shadowUrl = top.get('shadow-url');
    if (!shadowUrl) return;
    const value = y.string(shadowUrl) ?? '';
    if (!/^(postgres(ql)?|mysql):\/\//.test(value)) throw y.error(shadowUrl.value ?? shadowUrl.keyNode, '`shadow-url` must be a postgres:// (or, for MySQL and MariaDB, mysql://) URL of a throwaway server (a database is created and dropped on it for each rehearsal)');
    policy.shadowUrl = value;
  });
  y.attempt(() => {
    const rehearseTimeout = top.get('rehearse-timeout');
    if (!rehearseTimeout) return;
    const value = isScalar(rehearseTimeout.value) ? rehearseTimeout.value.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 3600) throw y.error(rehearseTimeout.value ?? rehearseTimeout.keyNode, '`rehearse-timeout` must be a number of seconds between 1 and 3600 (default 60)');
    policy.rehearseTimeout = value;
  });
  y.attempt(() => {
    const maxRows = top.get('max-rows');
    if (!maxRows) return;
    const expected = '`max-rows` must map insert, update or delete to a positive whole number of rows per table, e.g. {delete: 10000}';
    if (!isMap(maxRows.value)) throw y.error(maxRows.value ?? maxRows.keyNode, expected);
    for (const pair of maxRows.value.items) {
      y.attempt(() => {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = isScalar(pair.value) ? pair.value.value : undefined;
        if (key !== 'insert' && key !== 'update' && key !== 'delete') throw y.error(pair.key as YamlNode, `${expected}; \`${key}\` is not one of them${didYouMean(key, ['insert', 'update', 'delete'])}`);
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw y.error((pair.value as YamlNode | null) ?? (pair.key as YamlNode), expected);
        policy.maxRows = { ...policy.maxRows, [key]: value };
      });
    }
  });

  // Exemptions last: their expiry limit depends on max-exemption-days wherever it is written.
  y.attempt(() => {
    const exemptions = top.get('exemptions');
    if (!exemptions || (isScalar(exemptions.value) && exemptions.value.value === null)) return;
    if (!isSeq(exemptions.value)) throw y.error(exemptions.value ?? exemptions.keyNode, '`exemptions` must be a list');
    const ids = new Set<string>();
    for (const item of exemptions.value.items as YamlNode[]) {
      y.attempt(() => {
        if (!isMap(item)) throw y.error(item, 'each exemption must be a mapping with id, rule, statement, reason, owner, expires');
        const entries = y.entries(item, 'an exemption', EXEMPTION_KEYS);
        const fields: Record<string, string> = {};
        for (const [key, entry] of entries) if (key !== 'revoked') fields[key] = y.string(entry)!;
        const missing = REQUIRED_EXEMPTION_KEYS.filter((k) => !(k in fields));
        if (missing.length) throw y.error(item, `exemption ${fields.id ? `\`${fields.id}\` ` : ''}is missing ${missing.map((k) => `\`${k}\``).join(', ')}; every exemption is explicit, owned, reasoned and expiring`);
        const node = (k: string) => entries.get(k)?.value ?? item;
        const problem = exemptionProblem(fields as unknown as ExemptionFields, policy.maxExemptionDays, options.today);
        if (problem) throw y.error(node(problem.field), problem.message);
        if (ids.has(fields.id!)) throw y.error(node('id'), `duplicate exemption id \`${fields.id}\``);
        ids.add(fields.id!);
        policy.exemptions.push({
          id: fields.id!,
          rule: fields.rule!,
          statement: fields.statement!,
          reason: fields.reason!,
          owner: fields.owner!,
          expires: fields.expires!,
          ...(fields.ticket ? { ticket: fields.ticket } : {}),
          revoked: y.boolean(entries.get('revoked')) ?? false,
          source: 'policy',
          file,
          line: y.line(item),
        });
      });
    }
  });
  y.report();
  return policy;
}

export interface ExemptionFields {
  rule: string;
  statement?: string;
  expires: string;
}

/** The first thing wrong with an exemption's rule, digest or expiry, shared by policy and inline exemptions. */
export function exemptionProblem(fields: ExemptionFields, maxDays: number, today: string): { field: string; message: string } | undefined {
  if (!ruleById(fields.rule)) return { field: 'rule', message: `unknown rule \`${fields.rule}\`${didYouMean(fields.rule, RULES.map((r) => r.id))}; \`migration-guard rules\` lists the rule ids` };
  if (fields.statement !== undefined && !/^sha256:[0-9a-f]{64}$/.test(fields.statement)) {
    return { field: 'statement', message: '`statement` must be a statement digest as the report prints it (sha256: and 64 hex digits); file-wide and rule-wide exemptions are not allowed' };
  }
  if (!isCalendarDate(fields.expires)) return { field: 'expires', message: '`expires` must be a date written YYYY-MM-DD' };
  const ahead = daysBetween(today, fields.expires);
  if (ahead > maxDays) {
    return { field: 'expires', message: `\`expires\` ${fields.expires} is ${ahead} days ahead; exemptions may last at most ${maxDays} days (max-exemption-days)` };
  }
  return undefined;
}

/** The severity a rule has for a file under this policy: the last matching override, then `rules`, then the catalog. */
export function severityUnder(policy: Policy): (rule: string, path: string) => RuleSetting {
  const matchers = policy.overrides.map((override) => ({ matches: picomatch(override.paths), rules: override.rules }));
  return (rule, path) => {
    for (let i = matchers.length - 1; i >= 0; i--) {
      const setting = matchers[i]!.matches(path) ? matchers[i]!.rules[rule] : undefined;
      if (setting) return setting;
    }
    return policy.rules[rule] ?? ruleById(rule)?.severity ?? 'approval';
  };
}
