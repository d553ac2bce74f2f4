/**
 * The policy file (`.github/migration-guard.yml`): parsed with positions so every error names
 * the file, line and column. Unknown keys are errors: a typo must never silently disable a rule.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ruleById } from '../scan/rules/catalog.js';
import { normalizeDialect, SEVERITIES, type Dialect, type Severity } from '../scan/types.js';

export interface Policy {
  version: 1;
  dialect?: Dialect;
  migrations: string[];
  rules: Record<string, Severity | 'off'>;
  /** Where the policy came from, for reports ("defaults" when there is no file). */
  source: string;
}

export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'PolicyError';
  }
}

export const DEFAULT_POLICY: Policy = { version: 1, migrations: [], rules: {}, source: 'defaults' };

const TOP_LEVEL_KEYS = ['version', 'dialect', 'migrations', 'rules'] as const;

export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | null | undefined, detail: string): PolicyError => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return new PolicyError(file, line, col, detail);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new PolicyError(file, line, col, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw at(root, 'expected a mapping with at least `version: 1`');
  const policy: Policy = { version: 1, migrations: [], rules: {}, source: file };
  let sawVersion = false;
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
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
      case 'migrations': {
        if (!isSeq(value) || value.items.some((item) => !isScalar(item) || typeof item.value !== 'string')) {
          throw at(value ?? keyNode, '`migrations` must be a list of glob strings, e.g. ["db/migrations/**/*.sql"]');
        }
        policy.migrations = value.items.map((item) => String((item as { value: unknown }).value));
        break;
      }
      case 'rules': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) throw at(value ?? keyNode, '`rules` must map rule ids to a severity (info, warning, approval, block, off)');
        for (const rulePair of value.items) {
          const ruleKey = rulePair.key as YamlNode;
          const id = isScalar(ruleKey) ? String(ruleKey.value) : '';
          if (!ruleById(id)) throw at(ruleKey, `unknown rule \`${id}\`; \`migration-guard rules\` lists the rule ids`);
          const severityNode = rulePair.value as YamlNode | null;
          const severity = isScalar(severityNode) ? String(severityNode.value) : '';
          if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
            throw at(severityNode ?? ruleKey, `severity of \`${id}\` must be one of info, warning, approval, block, off`);
          }
          policy.rules[id] = severity as Severity | 'off';
        }
        break;
      }
      default:
        throw at(keyNode, `unknown key \`${key}\`; expected one of ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }
  if (!sawVersion) throw at(root, 'missing `version: 1`');
  return policy;
}

/** The severity a rule has under this policy. */
export function severityUnder(policy: Policy): (rule: string) => Severity | 'off' {
  return (rule) => policy.rules[rule] ?? ruleById(rule)?.severity ?? 'approval';
}
