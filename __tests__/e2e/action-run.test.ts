/**
 * `run:` in the apply step, end to end: the built action gets its OIDC token through @actions/core from a local
 * issuer emulating GitHub's, opens a wire session and runs the team's migration command (here psql and
 * node-pg-migrate) with DATABASE_URL and PG* pointing at the gateway's wire endpoint on a real PostgreSQL server.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { LocalIssuer } from '../helpers/issuer.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { ROOT, workspaceWith } from '../helpers/run.js';
import { runAction } from '../helpers/runner.js';

let pg15: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
const app = <T = Record<string, unknown>>(sql: string) => pg15.query<T>(sql, [], 'run_app');
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

beforeAll(async () => {
  pg15 = await startPostgres();
  const url = await pg15.createDatabase('run_app');
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: 'migration-guard' }],
      connections: [
        { name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/shop'] }, wire: { port: 0, tool: 'node-pg-migrate' } },
        { name: 'http_only', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/shop'] } },
      ],
    },
    { APP_URL: url },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg15?.stop();
});

const env = () => ({ ...issuer.runnerEnv(), PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` });
const step = async (dir: string, run: string, connection = 'prod') => {
  const planned = await runAction(dir, { command: 'plan', migrations: 'migrations', config: '.github/migration-guard.yml' });
  return runAction(dir, { command: 'apply', migrations: 'migrations', config: '.github/migration-guard.yml', 'gateway-url': gateway.url, audience: 'migration-guard', connection, 'plan-digest': planned.outputs['plan-digest']!, run }, env());
};

describe('apply with run:', () => {
  it('runs the migration tool through the wire endpoint and reports what ran; the token never shows', async () => {
    const dir = workspaceWith({
      '.github/migration-guard.yml': 'version: 1\ntool: node-pg-migrate\n',
      'migrations/1700000000000_carts.sql': '-- Up Migration\nCREATE TABLE carts (id int PRIMARY KEY);\n-- Down Migration\nDROP TABLE carts;\n',
    });
    const applied = await step(dir, 'node-pg-migrate up --migrations-dir migrations && echo "url=${DATABASE_URL%%:*} host=$PGHOST db=$PGDATABASE"');
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.outputs).toMatchObject({ status: 'done', 'statements-applied': '1' });
    expect(applied.stdout).toContain('url=postgresql host=127.0.0.1 db=prod');
    expect(await app('SELECT name FROM pgmigrations')).toEqual([{ name: '1700000000000_carts' }]);
    expect(applied.summary).toMatch(/## migration-guard apply: ✅ done/);
    expect(applied.summary).toContain('### Migration tool: <code>node-pg-migrate up --migrations-dir migrations');
    expect(applied.summary).toContain('Exit code 0.');
    const visible = applied.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expect(visible).not.toMatch(JWT);
    expect(applied.summary).not.toMatch(JWT);
  });

  it('fails the step when the gateway refuses a statement, and lists it in the summary', async () => {
    const dir = workspaceWith({
      '.github/migration-guard.yml': 'version: 1\ntool: node-pg-migrate\n',
      'migrations/1700000000001_wishlists.sql': '-- Up Migration\nCREATE TABLE wishlists (id int);\n',
    });
    const applied = await step(dir, 'psql -X -v ON_ERROR_STOP=1 -c "DROP TABLE carts"');
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/::error::the gateway refused 1 statement that is not in the approved plan \(first: DROP TABLE carts\)/);
    expect(applied.summary).toContain('**Refused by the gateway** (1)');
    expect(applied.summary).toContain('**Planned but never ran** (1)');
    expect(await app("SELECT to_regclass('carts') IS NOT NULL AS present")).toEqual([{ present: true }]);
  });

  it('says what to do when the connection has no wire endpoint', async () => {
    const dir = workspaceWith({ '.github/migration-guard.yml': 'version: 1\n', 'migrations/001.sql': 'CREATE TABLE t (id int);\n' });
    const applied = await step(dir, 'true', 'http_only');
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/::error::.*connection http_only has no wire endpoint; use scope exec/);
  });
});
