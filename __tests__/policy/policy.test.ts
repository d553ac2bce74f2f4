import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyError, severityUnder } from '../../src/policy/policy.js';

const errorOf = (text: string) => {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).message;
  }
  throw new Error('expected a PolicyError');
};

describe('policy file', () => {
  it('reads dialect, migrations and rule overrides', () => {
    const policy = parsePolicy('version: 1\ndialect: postgresql\nmigrations: ["db/**/*.sql"]\nrules:\n  drop-index: info\n  truncate: off\n', 'p.yml');
    expect(policy).toMatchObject({ dialect: 'postgres', migrations: ['db/**/*.sql'], rules: { 'drop-index': 'info', truncate: 'off' }, source: 'p.yml' });
    const severity = severityUnder(policy);
    expect([severity('drop-index'), severity('truncate'), severity('drop-database')]).toEqual(['info', 'off', 'block']);
  });

  it('rejects unknown keys with their line and column', () => {
    expect(errorOf('version: 1\nrules:\n  drop-table: warning\nexemptons: []\n')).toBe('policy.yml:4:1: unknown key `exemptons`; expected one of version, dialect, migrations, rules');
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
    expect(errorOf('version: 1\nrules: [\n')).toMatch(/^policy\.yml:\d+:\d+: invalid YAML/);
  });
});
