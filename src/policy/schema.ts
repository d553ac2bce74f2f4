/**
 * JSON Schema of the policy file, generated from the same constants the parser checks so the two
 * cannot drift. Published as schema/migration-guard.schema.json for editors (`npm run docs`).
 */
import { TOOLS } from '../plan/tools.js';
import { RULES } from '../scan/rules/catalog.js';
import { DIALECTS, SEVERITIES } from '../scan/types.js';
import { DEFAULT_MAX_FILE_BYTES, formatSize, MAX_FILE_BYTES_CEILING } from './size.js';
import { EXEMPTION_KEYS, MAX_EXEMPTION_DAYS_CEILING, REQUIRED_EXEMPTION_KEYS, TOP_LEVEL_KEYS, DEFAULT_MAX_EXEMPTION_DAYS } from './policy.js';

export function policyJsonSchema(): Record<string, unknown> {
  const ruleSettings = {
    type: 'object',
    description: 'Rule id → severity (or off).',
    propertyNames: { enum: RULES.map((r) => r.id) },
    additionalProperties: { enum: [...SEVERITIES, 'off'] },
  };
  const globs = { type: 'array', minItems: 1, items: { type: 'string' } };
  const exemptionProperties: Record<string, unknown> = {
    id: { type: 'string', minLength: 1, description: 'A unique id, e.g. the ticket that justifies the opt-out.' },
    rule: { enum: RULES.map((r) => r.id) },
    statement: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: 'Digest of the exact statement, as the report prints it.' },
    reason: { type: 'string', minLength: 1 },
    owner: { type: 'string', minLength: 1, description: 'Team or person answerable for it, e.g. "@data-platform".' },
    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `Last day it applies; at most max-exemption-days (default ${DEFAULT_MAX_EXEMPTION_DAYS}) ahead.` },
    ticket: { type: 'string' },
    revoked: { type: 'boolean', description: 'Revoke in one edit: a revoked exemption never applies.' },
  };
  const topLevel: Record<string, unknown> = {
    version: { const: 1 },
    dialect: { enum: [...DIALECTS, 'postgresql'] },
    migrations: { ...globs, description: 'Globs of the migration files to scan.' },
    rules: ruleSettings,
    overrides: {
      type: 'array',
      description: 'Per-path rule settings; the last matching override wins.',
      items: { type: 'object', required: ['paths'], additionalProperties: false, properties: { paths: globs, rules: ruleSettings } },
    },
    'inline-exemptions': { type: 'boolean', default: false, description: 'Honour `-- migration-guard: allow …` comments in migration files.' },
    'max-exemption-days': { type: 'integer', minimum: 1, maximum: MAX_EXEMPTION_DAYS_CEILING, default: DEFAULT_MAX_EXEMPTION_DAYS },
    'allow-block-exemptions': { type: 'boolean', default: false, description: 'Allow exemptions to lower findings at `block`.' },
    'max-file-size': {
      type: ['string', 'integer'],
      pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]|[bB])?\\s*$',
      default: formatSize(DEFAULT_MAX_FILE_BYTES),
      description: `Largest migration file scanned (e.g. "50 MiB" for a pg_dump baseline); larger files are refused. At most ${formatSize(MAX_FILE_BYTES_CEILING)}.`,
    },
    tool: {
      enum: [...TOOLS],
      default: 'none',
      description: 'The migration tool that applies these files: only the files and sections it runs are the plan (Flyway V*/R__ in version order, never U*; golang-migrate *.up.sql; dbmate and node-pg-migrate up sections; sqitch deploy/ in sqitch.plan order; Prisma */migration.sql).',
    },
    rehearse: {
      enum: ['auto', 'required', 'off'],
      default: 'auto',
      description: 'Run the change on a shadow database built from the earlier migrations and judge what it does (auto: when there is a history; required: not rehearsed is the finding not-rehearsed; off).',
    },
    'shadow-url': {
      type: 'string',
      pattern: '^(postgres(ql)?|mysql)://',
      description: 'A throwaway server to rehearse on: PostgreSQL (postgres://) instead of the embedded PGlite, or MySQL/MariaDB (mysql://), which have no embedded shadow. A database is created and dropped on it for each rehearsal.',
    },
    'rehearse-timeout': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 3600,
      default: 60,
      description: 'Seconds one statement may run on the shadow database (history or change) before it is stopped; the rehearsal then stops and the statement is the finding rehearsal-failed. SQLite (in-process) is not limited.',
    },
    'max-rows': {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(['insert', 'update', 'delete'].map((k) => [k, { type: 'integer', minimum: 0 }])),
      description: 'The most rows one run through the gateway may insert, update or delete per table (measured before COMMIT; a run above it is rolled back). The plan shows the bounds to reviewers.',
    },
    exemptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [...REQUIRED_EXEMPTION_KEYS],
        properties: Object.fromEntries(EXEMPTION_KEYS.map((k) => [k, exemptionProperties[k]])),
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/migration-guard/migration-guard/blob/main/schema/migration-guard.schema.json',
    title: 'migration-guard policy',
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: Object.fromEntries(TOP_LEVEL_KEYS.map((k) => [k, topLevel[k]])),
  };
}
