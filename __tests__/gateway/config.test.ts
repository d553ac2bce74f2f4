import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseGatewayConfig } from '../../src/gateway/server/config.js';

const BASE = `version: 1
issuers:
  - issuer: https://token.actions.githubusercontent.com
    jwks-url: https://token.actions.githubusercontent.com/.well-known/jwks
    audience: https://gateway.example
connections:
  - name: prod
    driver: postgres
    url-env: PROD_DATABASE_URL
    access:
      repository: acme/shop
`;

const errorOf = (text: string) => {
  try {
    parseGatewayConfig(text, 'gateway.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('gateway config', () => {
  it('reads a minimal config with safe defaults', () => {
    const config = parseGatewayConfig(BASE, 'gateway.yml');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, sessionTtl: 600, store: { driver: 'pglite' } });
    expect(config.connections[0]).toMatchObject({ name: 'prod', urlEnv: 'PROD_DATABASE_URL', approvalEnvironment: 'production-approval', requireReview: false, lockTimeout: '5s', access: { repository: ['acme/shop'] } });
  });

  it('never accepts a database URL inline', () => {
    expect(errorOf(BASE.replace('url-env: PROD_DATABASE_URL', 'url: postgres://u:secret@db/app'))).toMatch(/^gateway\.yml:9:5: unknown key `url` in a connection/);
  });

  it('caps the session TTL at one hour', () => {
    expect(errorOf(`${BASE}sessions:\n  ttl: 7200\n`)).toMatch(/^gateway\.yml:13:8: `ttl` must be a whole number from 5 to 3600/);
  });

  it('refuses a connection open to every repository', () => {
    expect(errorOf(BASE.replace('      repository: acme/shop', '      ref: refs/heads/main'))).toMatch(/`access` must restrict `repository` or `repository_owner`/);
  });

  it('wants reviewer credentials hashed, and durations that PostgreSQL understands', () => {
    expect(errorOf(`${BASE}reviewers:\n  - name: alice\n    token-sha256: hunter2\n`)).toMatch(/`token-sha256` must be the hex SHA-256/);
    expect(errorOf(BASE.replace('    url-env: PROD_DATABASE_URL', '    url-env: PROD_DATABASE_URL\n    lock-timeout: soon'))).toMatch(/`lock-timeout` must be a duration/);
  });

  it('records each statement by default, or one record per transaction when asked', () => {
    expect(parseGatewayConfig(BASE, 'gateway.yml').auditGranularity).toBe('statement');
    expect(parseGatewayConfig(`${BASE}audit:\n  granularity: transaction\n`, 'gateway.yml').auditGranularity).toBe('transaction');
    expect(errorOf(`${BASE}audit:\n  granularity: file\n`)).toMatch(/^gateway\.yml:13:16: `audit\.granularity` must be one of statement, transaction/);
  });

  it('needs exactly one JWKS source per issuer', () => {
    expect(errorOf(BASE.replace('    jwks-url: https://token.actions.githubusercontent.com/.well-known/jwks\n', ''))).toMatch(/^gateway\.yml:3:5: an issuer needs exactly one of `jwks-url` or `jwks-file`/);
  });
});
