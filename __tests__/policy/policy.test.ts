import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parsePolicy, severityUnder } from '../../src/policy/policy.js';

const TODAY = '2026-11-24';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const parse = (text: string) => parsePolicy(text, 'policy.yml', { today: TODAY });

const errorOf = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
};

const exemption = (fields: Record<string, string>) =>
  `version: 1\nexemptions:\n  - ${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n    ')}\n`;
const VALID = { id: 'OPS-1', rule: 'drop-column', statement: DIGEST, reason: 'backfilled in OPS-0', owner: '"@data"', expires: '2026-12-31' };

describe('policy file', () => {
  it('reads dialect, migrations, rule and path overrides, and exemption settings', () => {
    const policy = parse(
      'version: 1\ndialect: postgresql\nmigrations: ["db/**/*.sql"]\nrules:\n  drop-index: info\n  truncate: off\n' +
        'overrides:\n  - paths: ["db/seeds/**"]\n    rules:\n      delete-without-where: off\n' +
        'inline-exemptions: true\nmax-exemption-days: 30\nallow-block-exemptions: true\n',
    );
    expect(policy).toMatchObject({ dialect: 'postgres', migrations: ['db/**/*.sql'], inlineExemptions: true, maxExemptionDays: 30, allowBlockExemptions: true });
    const severity = severityUnder(policy);
    expect([severity('drop-index', 'db/1.sql'), severity('truncate', 'db/1.sql'), severity('drop-database', 'db/1.sql')]).toEqual(['info', 'off', 'block']);
    expect([severity('delete-without-where', 'db/seeds/users.sql'), severity('delete-without-where', 'db/migrations/1.sql')]).toEqual(['off', 'approval']);
  });

  it('reads the migration tool, defaulting to none, and rejects unknown tools where they are written', () => {
    expect(parse('version: 1\n').tool).toBe('none');
    expect(parse('version: 1\ntool: flyway\n').tool).toBe('flyway');
    expect(errorOf('version: 1\ntool: liquibase\n')).toMatch(/^policy\.yml:2:7: `tool` must be one of prisma, flyway, golang-migrate, dbmate, node-pg-migrate, sqitch, rails, alembic, knex, none/);
  });

  it('defaults to no inline exemptions, 90 days and no block exemptions', () => {
    expect(parse('version: 1\n')).toMatchObject({ inlineExemptions: false, maxExemptionDays: 90, allowBlockExemptions: false, exemptions: [] });
  });

  it('rejects unknown keys with their line and column, at every level', () => {
    expect(errorOf('version: 1\nrules:\n  drop-table: warning\nexemptons: []\n')).toMatch(/^policy\.yml:4:1: unknown key `exemptons` \(did you mean "exemptions"\?\); expected one of version, dialect/);
    expect(errorOf(exemption({ ...VALID, expiry: '2026-12-01' }))).toMatch(/^policy\.yml:9:5: unknown key `expiry` in an exemption \(did you mean "expires"\?\)/);
    expect(errorOf('version: 1\noverrides:\n  - paths: ["x"]\n    rule: {}\n')).toMatch(/^policy\.yml:4:5: unknown key `rule` in an override/);
  });

  it('says every problem of the file at once, in file order, each with its line', () => {
    const message = errorOf('version: 1\ndialekt: postgres\nrules:\n  drop-tabel: warning\n  drop-column: blok\ntool: dbmat\nmax-rows: { delet: 5 }\n');
    expect(message.split('\n')).toEqual([
      '5 problems:',
      expect.stringMatching(/^ {2}policy\.yml:2:1: unknown key `dialekt` \(did you mean "dialect"\?\)/),
      expect.stringMatching(/^ {2}policy\.yml:4:3: unknown rule `drop-tabel` \(did you mean "drop-table"\?\)/),
      expect.stringMatching(/^ {2}policy\.yml:5:16: severity of `drop-column` must be one of info, warning, approval, block, off \(did you mean "block"\?\)/),
      expect.stringMatching(/^ {2}policy\.yml:6:7: `tool` must be one of .* \(did you mean "dbmate"\?\)/),
      expect.stringMatching(/^ {2}policy\.yml:7:13: `max-rows` must map .*; `delet` is not one of them \(did you mean "delete"\?\)/),
    ]);
  });

  it('rejects unknown rule ids and severities where they are written', () => {
    expect(errorOf('version: 1\nrules:\n  drop-tabel: warning\n')).toMatch(/^policy\.yml:3:3: unknown rule `drop-tabel`/);
    expect(errorOf('version: 1\nrules:\n  drop-table: maybe\n')).toMatch(/^policy\.yml:3:15: severity of `drop-table` must be one of/);
  });

  it('rejects wrong types, versions and broken YAML', () => {
    expect(errorOf('version: 1\nmigrations: db/*.sql\n')).toMatch(/^policy\.yml:2:13: `migrations` must be a list/);
    expect(errorOf('version: 2\n')).toMatch(/^policy\.yml:1:10: unsupported `version`/);
    expect(errorOf('dialect: postgres\n')).toMatch(/missing `version: 1`/);
    expect(errorOf('version: 1\ndialect: oracle\n')).toMatch(/^policy\.yml:2:10: `dialect` must be one of/);
    expect(errorOf('version: 1\ninline-exemptions: yes please\n')).toMatch(/^policy\.yml:2:20: `inline-exemptions` must be true or false/);
    expect(errorOf('version: 1\nmax-exemption-days: 400\n')).toMatch(/^policy\.yml:2:21: `max-exemption-days` must be a whole number of days from 1 to 365/);
    expect(errorOf('version: 1\nrules: [\n')).toMatch(/^policy\.yml:\d+:\d+: invalid YAML/);
  });
});

describe('policy exemptions', () => {
  it('reads a complete exemption with the line it is written on', () => {
    const [e] = parse(exemption({ ...VALID, ticket: 'OPS-1200', revoked: 'true' })).exemptions;
    expect(e).toEqual({ ...VALID, owner: '@data', ticket: 'OPS-1200', revoked: true, source: 'policy', file: 'policy.yml', line: 3 });
  });

  it('requires every field: explicit, owned, reasoned, expiring', () => {
    const { owner: _owner, ...noOwner } = VALID;
    expect(errorOf(exemption(noOwner))).toMatch(/^policy\.yml:3:5: exemption `OPS-1` is missing `owner`/);
    const { expires: _expires, reason: _reason, ...noExpiry } = VALID;
    expect(errorOf(exemption(noExpiry))).toMatch(/is missing `reason`, `expires`/);
  });

  it('binds to a statement digest: no file-wide or rule-wide exemptions', () => {
    expect(errorOf(exemption({ ...VALID, statement: '"db/migrations/*.sql"' }))).toMatch(/^policy\.yml:5:16: `statement` must be a statement digest/);
  });

  it('refuses an expiry further ahead than max-exemption-days, and a non-date', () => {
    expect(errorOf(exemption({ ...VALID, expires: '2027-02-23' }))).toMatch(/^policy\.yml:8:14: `expires` 2027-02-23 is 91 days ahead; exemptions may last at most 90 days/);
    expect(parse(exemption({ ...VALID, expires: '2027-02-22' })).exemptions).toHaveLength(1);
    expect(errorOf(`version: 1\nmax-exemption-days: 10\n${exemption({ ...VALID, expires: '2026-12-05' }).slice('version: 1\n'.length)}`)).toMatch(/11 days ahead; exemptions may last at most 10 days/);
    expect(errorOf(exemption({ ...VALID, expires: '2026-02-30' }))).toMatch(/`expires` must be a date written YYYY-MM-DD/);
  });

  it('rejects unknown rules and duplicate ids', () => {
    expect(errorOf(exemption({ ...VALID, rule: 'drop-everything' }))).toMatch(/^policy\.yml:4:11: unknown rule `drop-everything`/);
    const twice = `version: 1\nexemptions:\n${[VALID, VALID].map((v) => `  - ${Object.entries(v).map(([k, x]) => `${k}: ${x}`).join('\n    ')}`).join('\n')}\n`;
    expect(errorOf(twice)).toMatch(/duplicate exemption id `OPS-1`/);
  });
});
