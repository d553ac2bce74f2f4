/**
 * The policy file (`.github/migration-guard.yml`): parsed with positions so every error names
 * the file, line and column. Unknown keys are errors at every level: a typo must never silently
 * disable a rule or an expiry.
 */
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { ruleById } from '../scan/rules/catalog.js';
import { normalizeDialect, SEVERITIES, type Dialect, type Severity } from '../scan/types.js';
import { ConfigError as PolicyError } from '../config/yaml-reader.js';
import { daysBetween, isCalendarDate } from './dates.js';

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
  exemptions: PolicyExemption[];
  /** Where the policy came from, for reports ("defaults" when there is no file). */
  source: string;
}

export const DEFAULT_MAX_EXEMPTION_DAYS = 90;
export const MAX_EXEMPTION_DAYS_CEILING = 365;

/** A policy file error: file, line and column, what is wrong and what is expected. */
export { ConfigError as PolicyError } from '../config/yaml-reader.js';

export const DEFAULT_POLICY: Policy = {
  version: 1,
  migrations: [],
  rules: {},
  overrides: [],
  inlineExemptions: false,
  maxExemptionDays: DEFAULT_MAX_EXEMPTION_DAYS,
  allowBlockExemptions: false,
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
  'exemptions',
] as const;
export const EXEMPTION_KEYS = ['id', 'rule', 'statement', 'reason', 'owner', 'expires', 'ticket', 'revoked'] as const;
export const REQUIRED_EXEMPTION_KEYS = ['id', 'rule', 'statement', 'reason', 'owner', 'expires'] as const;

export interface ParseOptions {
  /** Today's date (YYYY-MM-DD), injectable for tests; expiry limits are counted from it. */
  today: string;
}

export function parsePolicy(text: string, file: string, options: ParseOptions): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | null | undefined, detail: string): PolicyError => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return new PolicyError(file, line, col, detail);
  };
  const lineOf = (node: YamlNode | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new PolicyError(file, line, col, `invalid YAML: ${error.message.split('\n')[0]}`);
  }

  /** Entries of a mapping, rejecting keys that are not allowed. */
  const entries = (map: YAMLMap, allowed: readonly string[], where: string) =>
    map.items.map((pair) => {
      const keyNode = pair.key as YamlNode;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) throw at(keyNode, `unknown key \`${key}\`${where}; expected one of ${allowed.join(', ')}`);
      return { key, keyNode, value: pair.value as YamlNode | null };
    });
  const string = (value: YamlNode | null, keyNode: YamlNode, what: string): string => {
    if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') throw at(value ?? keyNode, `${what} must be a non-empty string`);
    return value.value;
  };
  const boolean = (value: YamlNode | null, keyNode: YamlNode, what: string): boolean => {
    if (!isScalar(value) || typeof value.value !== 'boolean') throw at(value ?? keyNode, `${what} must be true or false`);
    return value.value;
  };
  const globs = (value: YamlNode | null, keyNode: YamlNode, what: string): string[] => {
    if (!isSeq(value) || value.items.length === 0 || value.items.some((item) => !isScalar(item) || typeof item.value !== 'string')) {
      throw at(value ?? keyNode, `${what} must be a list of glob strings, e.g. ["db/migrations/**/*.sql"]`);
    }
    return value.items.map((item) => String((item as { value: unknown }).value));
  };
  const ruleSettings = (value: YamlNode | null, keyNode: YamlNode): Record<string, RuleSetting> => {
    if (value === null || (isScalar(value) && value.value === null)) return {};
    if (!isMap(value)) throw at(value ?? keyNode, '`rules` must map rule ids to a severity (info, warning, approval, block, off)');
    const settings: Record<string, RuleSetting> = {};
    for (const pair of value.items) {
      const ruleKey = pair.key as YamlNode;
      const id = isScalar(ruleKey) ? String(ruleKey.value) : '';
      if (!ruleById(id)) throw at(ruleKey, `unknown rule \`${id}\`; \`migration-guard rules\` lists the rule ids`);
      const severityNode = pair.value as YamlNode | null;
      const severity = isScalar(severityNode) ? String(severityNode.value) : '';
      if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
        throw at(severityNode ?? ruleKey, `severity of \`${id}\` must be one of info, warning, approval, block, off`);
      }
      settings[id] = severity as RuleSetting;
    }
    return settings;
  };

  const root = doc.contents;
  if (!isMap(root)) throw at(root, 'expected a mapping with at least `version: 1`');
  const policy: Policy = { ...DEFAULT_POLICY, overrides: [], exemptions: [], rules: {}, migrations: [], source: file };
  let sawVersion = false;
  let exemptionsNode: { value: YamlNode | null; keyNode: YamlNode } | undefined;
  for (const { key, keyNode, value } of entries(root, TOP_LEVEL_KEYS, '')) {
    switch (key) {
      case 'version':
        if (!isScalar(value) || value.value !== 1) throw at(value ?? keyNode, 'unsupported `version`: expected 1');
        sawVersion = true;
        break;
      case 'dialect': {
        const dialect = isScalar(value) ? normalizeDialect(String(value.value)) : undefined;
        if (!dialect) throw at(value ?? keyNode, '`dialect` must be one of postgres, mysql, mariadb, sqlite');
        policy.dialect = dialect;
        break;
      }
      case 'migrations':
        policy.migrations = globs(value, keyNode, '`migrations`');
        break;
      case 'rules':
        policy.rules = ruleSettings(value, keyNode);
        break;
      case 'overrides':
        if (!isSeq(value)) throw at(value ?? keyNode, '`overrides` must be a list of { paths: [globs], rules: { rule: severity } }');
        for (const item of value.items) {
          if (!isMap(item)) throw at(item as YamlNode, 'each override must be a mapping with `paths` and `rules`');
          const override: PathOverride = { paths: [], rules: {} };
          let sawPaths = false;
          for (const entry of entries(item, ['paths', 'rules'], ' in an override')) {
            if (entry.key === 'paths') {
              override.paths = globs(entry.value, entry.keyNode, '`paths`');
              sawPaths = true;
            } else override.rules = ruleSettings(entry.value, entry.keyNode);
          }
          if (!sawPaths) throw at(item, 'an override needs `paths`');
          policy.overrides.push(override);
        }
        break;
      case 'inline-exemptions':
        policy.inlineExemptions = boolean(value, keyNode, '`inline-exemptions`');
        break;
      case 'allow-block-exemptions':
        policy.allowBlockExemptions = boolean(value, keyNode, '`allow-block-exemptions`');
        break;
      case 'max-exemption-days': {
        const days = isScalar(value) ? value.value : undefined;
        if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXEMPTION_DAYS_CEILING) {
          throw at(value ?? keyNode, `\`max-exemption-days\` must be a whole number of days from 1 to ${MAX_EXEMPTION_DAYS_CEILING}`);
        }
        policy.maxExemptionDays = days;
        break;
      }
      case 'exemptions':
        exemptionsNode = { value, keyNode };
        break;
    }
  }
  if (!sawVersion) throw at(root, 'missing `version: 1`');

  // Exemptions last: their expiry limit depends on max-exemption-days wherever it is written.
  if (exemptionsNode && !(isScalar(exemptionsNode.value) && exemptionsNode.value.value === null)) {
    const { value, keyNode } = exemptionsNode;
    if (!isSeq(value)) throw at(value ?? keyNode, '`exemptions` must be a list');
    const ids = new Set<string>();
    for (const item of value.items) {
      if (!isMap(item)) throw at(item as YamlNode, 'each exemption must be a mapping with id, rule, statement, reason, owner, expires');
      const fields: Record<string, string> = {};
      let revoked = false;
      for (const entry of entries(item, EXEMPTION_KEYS, ' in an exemption')) {
        if (entry.key === 'revoked') revoked = boolean(entry.value, entry.keyNode, '`revoked`');
        else fields[entry.key] = string(entry.value, entry.keyNode, `\`${entry.key}\``);
      }
      const missing = REQUIRED_EXEMPTION_KEYS.filter((k) => !(k in fields));
      if (missing.length) throw at(item, `exemption ${fields.id ? `\`${fields.id}\` ` : ''}is missing ${missing.map((k) => `\`${k}\``).join(', ')}; every exemption is explicit, owned, reasoned and expiring`);
      const node = (k: string) => (item.get(k, true) as YamlNode | undefined) ?? item;
      const problem = exemptionProblem(fields as unknown as ExemptionFields, policy.maxExemptionDays, options.today);
      if (problem) throw at(node(problem.field), problem.message);
      if (ids.has(fields.id!)) throw at(node('id'), `duplicate exemption id \`${fields.id}\``);
      ids.add(fields.id!);
      policy.exemptions.push({
        id: fields.id!,
        rule: fields.rule!,
        statement: fields.statement!,
        reason: fields.reason!,
        owner: fields.owner!,
        expires: fields.expires!,
        ...(fields.ticket ? { ticket: fields.ticket } : {}),
        revoked,
        source: 'policy',
        file,
        line: lineOf(item),
      });
    }
  }
  return policy;
}

export interface ExemptionFields {
  rule: string;
  statement?: string;
  expires: string;
}

/** The first thing wrong with an exemption's rule, digest or expiry, shared by policy and inline exemptions. */
export function exemptionProblem(fields: ExemptionFields, maxDays: number, today: string): { field: string; message: string } | undefined {
  if (!ruleById(fields.rule)) return { field: 'rule', message: `unknown rule \`${fields.rule}\`; \`migration-guard rules\` lists the rule ids` };
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
