/**
 * The reference gateway as a process, against a real PostgreSQL server and PGlite, with a local
 * OIDC issuer: token exchange checks, guarded execution, rollback, masking, review, audit, concurrency.
 */
import { createHash, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, base64url } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, exec, planFor } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode, tempDir } from '../helpers/run.js';

const AUDIENCE = 'https://gateway.test';
const REVIEWER_TOKEN = `mgr_${randomUUID()}`;
let pg: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let appUrl: string;
let storeUrl: string;

const app = <T = Record<string, unknown>>(sql: string) => pg.query<T>(sql, [], 'app');
const tableExists = async (name: string) => (await app<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE tablename = '${name}'`))[0]!.n === '1';
const idToken = (claims: Record<string, unknown> = {}, options = {}) => issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE, ...claims }, options);

beforeAll(async () => {
  pg = await startPostgres();
  appUrl = await pg.createDatabase('app');
  storeUrl = await pg.createDatabase('gateway_store');
  await app("CREATE TABLE users (id int PRIMARY KEY, email text, ssn text, legacy text); INSERT INTO users VALUES (1, 'a@example.com', '123-45-6789', 'x'), (2, 'b@example.com', '987-65-4321', 'y')");
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      store: { driver: 'postgres', 'url-env': 'STORE_URL' },
      reviewers: [{ name: 'alice', 'token-sha256': createHash('sha256').update(REVIEWER_TOKEN).digest('hex') }],
      masking: [{ columns: ['*ssn*', 'email'], replacement: '[masked]' }],
      connections: [
        { name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', 'approval-environment': 'production-approval', 'lock-timeout': '2s', 'statement-timeout': '30s', access: { repository: ['acme/*'], ref: ['refs/heads/main'] } },
        { name: 'reviewed', driver: 'postgres', 'url-env': 'APP_URL', 'approval-environment': 'production-approval', 'require-review': true, access: { repository_owner: ['acme'] } },
      ],
    },
    { APP_URL: appUrl, STORE_URL: storeUrl },
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  pg?.stop();
});

describe('gateway startup', () => {
  it('prints where it listens and what it serves, never a credential', () => {
    expect(gateway.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(gateway.stdout()).toContain('connection prod: postgres (URL from $APP_URL)');
    expect(gateway.stdout() + gateway.stderr()).not.toContain(appUrl);
  });

  it('publishes its session-signing public keys and a health check', async () => {
    const jwks = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]!.d).toBeUndefined();
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
  });

  it('refuses an invalid config with the key that is wrong (exit 2)', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/g.yml`, `version: 1\nissuers:\n  - issuer: x\n    jwks-url: https://x/jwks\n    audience: a\nconnections:\n  - name: prod\n    driver: postgres\n    url: postgres://user:secret@db/app\n    access: { repository: [a/b] }\n`);
    const result = await runNode(CLI, ['gateway', '--config', `${dir}/g.yml`], { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/g\.yml:9:5: unknown key `url` in a connection/);
  });
});

describe('token exchange (POST /v1/token)', () => {
  const safePlan = () => planFor({ 'db/001.sql': 'SELECT 1;' });

  it('issues a short-lived session bound to the plan for a valid GitHub token', async () => {
    const plan = await safePlan();
    const { status, body } = await exchange(gateway.url, await idToken(), { audience: 'prod', plan });
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', expires_in: 600 });
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(body.access_token!.split('.')[1]!)));
    expect(claims).toMatchObject({ iss: 'migration-guard-gateway', aud: 'prod', plan_digest: plan.digest, verdict: 'pass', jti: body.session_id });
    expect(claims.exp - claims.iat).toBe(600);
  });

  const refusals: Array<[string, () => Promise<string>, Record<string, string> | undefined, RegExp]> = [
    ['a forged signature', async () => { const t = await idToken(); const [h, p] = t.split('.'); const other = await idToken({ sub: 'other' }); return `${h}.${p}.${other.split('.')[2]}`; }, undefined, /signature verification failed/],
    ['a key not in the JWKS', async () => idToken({}, { key: (await generateKeyPair('RS256')).privateKey, kid: 'rogue' }), undefined, /kid\) that is not in the issuer's JWKS/],
    ['a wrong key with the right kid', async () => idToken({}, { key: (await generateKeyPair('RS256')).privateKey }), undefined, /signature verification failed/],
    ['alg: none', async () => { const h = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' })); const now = Math.floor(Date.now() / 1000); const p = base64url.encode(JSON.stringify({ ...GITHUB_CLAIMS, iss: issuer.url, aud: AUDIENCE, iat: now, exp: now + 300, jti: randomUUID() })); return `${h}.${p}.`; }, undefined, /not allowed \(asymmetric algorithms only/],
    ['HS256 signed with the public key as the secret', async () => { const secret = new TextEncoder().encode(JSON.stringify(issuer.publicJwk)); const now = Math.floor(Date.now() / 1000); return new SignJWT({ ...GITHUB_CLAIMS, aud: AUDIENCE, jti: randomUUID() }).setProtectedHeader({ alg: 'HS256', kid: issuer.kid }).setIssuer(issuer.url).setIssuedAt(now).setExpirationTime(now + 300).sign(secret); }, undefined, /not allowed \(asymmetric algorithms only/],
    ['an expired token', async () => idToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 400, expiresIn: 300 }), undefined, /has expired \(exp\)/],
    ['a token issued in the future', async () => idToken({}, { issuedAt: Math.floor(Date.now() / 1000) + 600 }), undefined, /(iat|nbf)/],
    ['a token older than max-token-age', async () => idToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 3600, expiresIn: 7200 }), undefined, /issued-at \(iat\) check failed/],
    ['a wrong audience', async () => idToken({ aud: 'https://someone-else' }), undefined, /audience \(aud\) does not match/],
    ['an untrusted issuer', async () => idToken({ iss: 'https://evil.example' }), undefined, /issuer \(iss\) "https:\/\/evil\.example" is not trusted/],
    ['a repository not allowed on the connection', async () => idToken({ repository: 'evil/shop' }), undefined, /claim repository "evil\/shop" is not allowed for connection prod/],
    ['a ref not allowed on the connection', async () => idToken({ ref: 'refs/heads/feature' }), undefined, /claim ref "refs\/heads\/feature" is not allowed/],
    ['an approval plan without the environment claim', async () => idToken({ environment: undefined }), { verdict: 'approval' }, /the plan needs approval, but the token has no environment claim/],
    ['an approval plan from the wrong environment', async () => idToken({ environment: 'production' }), { verdict: 'approval' }, /environment claim is "production", not the approval environment "production-approval"/],
    ['a blocked plan', async () => idToken(), { verdict: 'block' }, /a blocked plan never runs/],
    ['an unknown connection', async () => idToken(), { audience: 'staging' }, /audience "staging" is not a connection/],
  ];
  for (const [what, token, overrides, message] of refusals) {
    it(`refuses ${what}, saying which check failed`, async () => {
      const plan = await safePlan();
      const subject = await token();
      const { status, body } = await exchange(gateway.url, subject, { audience: overrides?.audience ?? 'prod', plan, verdict: overrides?.verdict });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(['invalid_grant', 'access_denied', 'invalid_request', 'invalid_target']).toContain(body.error);
      expect(body.error_description).toMatch(message);
      expect(JSON.stringify(body)).not.toContain(subject.split('.')[1]); // never echoes the token
    });
  }

  it('refuses a replayed token (same jti)', async () => {
    const plan = await safePlan();
    const token = await idToken();
    expect((await exchange(gateway.url, token, { audience: 'prod', plan })).status).toBe(200);
    const replay = await exchange(gateway.url, token, { audience: 'prod', plan });
    expect(replay.status).toBe(400);
    expect(replay.body).toEqual({ error: 'invalid_grant', error_description: expect.stringMatching(/already exchanged \(jti replay\)/) });
  });
});

describe('execution (POST /v1/connections/{name}/exec)', () => {
  async function session(plan: Awaited<ReturnType<typeof planFor>>, claims: Record<string, unknown> = {}, connection = 'prod', verdict?: string) {
    const { status, body } = await exchange(gateway.url, await idToken(claims), { audience: connection, plan, verdict });
    expect(status, JSON.stringify(body)).toBe(200);
    return body.access_token!;
  }

  it('applies a safe plan in one transaction and reports each statement', async () => {
    const plan = await planFor({ 'db/001_orders.sql': 'CREATE TABLE orders (id int PRIMARY KEY);\nINSERT INTO orders VALUES (1), (2);' });
    const { status, body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect(status).toBe(200);
    expect(body.status).toBe('done');
    expect(body.results.map((r) => [r.status, r.transaction, r.rows_affected])).toEqual([['ok', 1, 0], ['ok', 1, 2]]);
    expect(await app('SELECT count(*)::int AS n FROM orders')).toEqual([{ n: 2 }]);
  });

  it('refuses statements that are not the approved plan (digest mismatch), and nothing changes', async () => {
    const approved = await planFor({ 'db/002.sql': 'CREATE TABLE harmless (id int);' });
    const other = await planFor({ 'db/002.sql': 'ALTER TABLE users DROP COLUMN legacy;' });
    const token = await session(approved);
    const { status, body } = await exec(gateway.url, 'prod', token, approved, other.statements);
    expect(status).toBe(403);
    expect(body.message).toMatch(/digest mismatch/);
    expect(await app("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'legacy'")).toEqual([{ n: 1 }]);
    expect(await tableExists('harmless')).toBe(false);
  });

  it('refuses a blocked statement without reaching the database, even when the client claims pass', async () => {
    const plan = await planFor({ 'db/003.sql': 'CREATE TABLE before_drop (id int);\nDROP TABLE users;' });
    // The plan needs approval (DROP TABLE) but a compromised job claims "pass": the gateway re-checks.
    const token = await session(plan, {}, 'prod', 'pass');
    const lie = await exec(gateway.url, 'prod', token, plan);
    expect(plan.verdict).toBe('approval');
    expect([lie.status, lie.body.status]).toEqual([403, 'blocked']);
    expect(lie.body.message).toMatch(/requires approval/);
    expect(await tableExists('users')).toBe(true);
    expect(await tableExists('before_drop')).toBe(false);
    const blocked = await planFor({ 'db/004.sql': 'DROP DATABASE app;' });
    const refused = await exec(gateway.url, 'prod', await session(blocked, {}, 'prod', 'pass'), blocked);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/block/);
  });

  it('runs an approval plan with a token from the approval environment', async () => {
    const plan = await planFor({ 'db/005.sql': "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy;" });
    expect(plan.verdict).toBe('approval');
    const { status, body } = await exec(gateway.url, 'prod', await session(plan, { environment: 'production-approval' }), plan);
    expect([status, body.status]).toEqual([200, 'done']);
    expect(await app("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'legacy'")).toEqual([{ n: 0 }]);
  });

  it('stops at the first failure and rolls the transaction back', async () => {
    const plan = await planFor({ 'db/006.sql': 'CREATE TABLE half (id int);\nINSERT INTO half VALUES (1);\nINSERT INTO missing_table VALUES (1);\nCREATE TABLE never (id int);' });
    const { status, body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect([status, body.status]).toEqual([200, 'failed']);
    expect(body.results.map((r) => r.status)).toEqual(['rolled_back', 'rolled_back', 'failed', 'not_run']);
    // With masking rules set (this gateway masks columns), names in messages are masked too: error-redaction.ts.
    expect(body.results[2]!.error).toMatchObject({ message: 'relation "(masked)" does not exist', code: '42P01' });
    expect(body.message).toMatch(/statement 3 \(db\/006\.sql\) failed: relation "\(masked\)" does not exist; transaction 1 rolled back/);
    expect(await tableExists('half')).toBe(false);
    expect(await tableExists('never')).toBe(false);
  });

  it('reports a transaction that fails at its deferred constraints (fired before COMMIT, for the check) as rolled back, naming the cause', async () => {
    const plan = await planFor({ 'db/004b.sql': 'CREATE TABLE parents (id int PRIMARY KEY);\nCREATE TABLE children (parent int REFERENCES parents DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO children VALUES (42);' });
    const { body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect(body.status).toBe('failed');
    expect(body.message).toMatch(/^transaction 1 failed at its deferred constraints, fired before COMMIT \(insert or update on table "\(masked\)" violates foreign key constraint .*\), and was rolled back \(3 statements in it undone\)\. Nothing was committed\./);
    expect(body.results.map((r) => r.status)).toEqual(['rolled_back', 'rolled_back', 'rolled_back']);
    expect(await tableExists('parents')).toBe(false);
  });

  it('reuses a database connection for the next run without anything of the last run on it (settings, temp tables)', async () => {
    const first = await planFor({ 'db/020_first.sql': "CREATE TEMP TABLE scratch (id int);\nSET application_name = 'first run';\nCREATE TABLE backends AS SELECT pg_backend_pid() AS pid, current_setting('application_name') AS name;" });
    expect((await exec(gateway.url, 'prod', await session(first), first)).body.status).toBe('done');
    const second = await planFor({ 'db/021_second.sql': "CREATE TEMP TABLE scratch (id int);\nINSERT INTO backends SELECT pg_backend_pid(), current_setting('application_name');" });
    const { body } = await exec(gateway.url, 'prod', await session(second), second);
    expect(body.status).toBe('done'); // the first run's temp table is gone
    const runs = await app<{ pid: number; name: string }>('SELECT pid, name FROM backends');
    expect(runs).toHaveLength(2);
    expect(runs[1]!.pid).toBe(runs[0]!.pid);
    expect(runs.map((r) => r.name)).toEqual(['first run', '']);
  });

  it('runs statements that cannot run in a transaction on their own, and says so', async () => {
    const plan = await planFor({ 'db/007.sql': 'CREATE TABLE idx_target (id int);\nCREATE INDEX CONCURRENTLY idx_target_id ON idx_target (id);\nINSERT INTO idx_target VALUES (1);' });
    const { body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect(body.status).toBe('done');
    expect(body.results.map((r) => r.transaction)).toEqual([1, 'own', 2]);
    expect(await app("SELECT indexname FROM pg_indexes WHERE indexname = 'idx_target_id'")).toHaveLength(1);
  });

  it('masks sensitive columns before rows leave the gateway, and returns notices', async () => {
    await app('CREATE VIEW user_reach AS SELECT id AS n, email AS reach FROM users');
    const plan = await planFor({ 'db/008.sql': "SELECT id, email, ssn FROM users ORDER BY id;\nDO $$ BEGIN RAISE NOTICE 'checked %', 2; END $$;\nSELECT u.id AS n, u.email AS contact, s AS tax FROM users u, LATERAL (SELECT u.ssn AS s) x ORDER BY 1;\nSELECT n, reach FROM user_reach ORDER BY n;" });
    const { body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect(body.results[0]).toMatchObject({ columns: ['id', 'email', 'ssn'], rows: [{ id: 1, email: '[masked]', ssn: '[masked]' }, { id: 2, email: '[masked]', ssn: '[masked]' }] });
    // A RAISE prints what its code chooses, values too: with masking rules set it is withheld (error-redaction.ts).
    expect(body.results[1]!.notices).toEqual([expect.stringMatching(/^message withheld by migration-guard: masking rules are set/)]);
    // Renamed columns are masked by their source column (the row description names it).
    expect(body.results[2]).toMatchObject({ columns: ['n', 'contact', 'tax'], rows: [{ n: 1, contact: '[masked]', tax: '[masked]' }, { n: 2, contact: '[masked]', tax: '[masked]' }] });
    // A view's column, by what the view's own query reads.
    expect(body.results[3]).toMatchObject({ columns: ['n', 'reach'], rows: [{ n: 1, reach: '[masked]' }, { n: 2, reach: '[masked]' }] });
    expect(JSON.stringify(body)).not.toContain('123-45-6789');
    expect(JSON.stringify(body)).not.toContain('@example.com');
  });

  it('masks the values an error quotes, in the answer and the audit trail', async () => {
    const plan = await planFor({ 'db/008b.sql': 'SELECT id FROM users WHERE id = 1;\nSELECT ssn::int FROM users;' });
    const { body } = await exec(gateway.url, 'prod', await session(plan), plan);
    expect(body.status).toBe('failed');
    expect(body.results[1]).toMatchObject({ status: 'failed', error: { message: 'invalid input syntax for type (masked): "(masked)"', code: '22P02' } });
    expect(body.message).toMatch(/failed: invalid input syntax for type \(masked\): "\(masked\)"/);
    expect(JSON.stringify(body)).not.toContain('123-45-6789');
    const stored = await pg.query<{ data: unknown }>("SELECT data FROM mg_audit WHERE data->>'session' = $1", [body.session_id], 'gateway_store');
    expect(stored.length).toBeGreaterThan(2);
    expect(JSON.stringify(stored)).not.toContain('123-45-6789');
  });

  it('runs a session once only, and refuses a session for another connection', async () => {
    const plan = await planFor({ 'db/009.sql': 'CREATE TABLE once (id int);' });
    const token = await session(plan);
    expect((await exec(gateway.url, 'prod', token, plan)).body.status).toBe('done');
    const again = await exec(gateway.url, 'prod', token, plan);
    expect([again.status, again.body.message]).toEqual([409, expect.stringMatching(/already used/)]);
    const other = await exec(gateway.url, 'reviewed', token, plan);
    expect([other.status, (other.body as Record<string, string>).error_description]).toEqual([401, 'the session is not for connection reviewed']);
  });

  it('serves concurrent sessions, each with its own audit trail entries', async () => {
    await app('CREATE TABLE concurrent (n int)');
    const runs = await Promise.all(
      Array.from({ length: 8 }, async (_, n) => {
        const plan = await planFor({ [`db/c${n}.sql`]: `INSERT INTO concurrent VALUES (${n});` });
        return exec(gateway.url, 'prod', await session(plan), plan);
      }),
    );
    expect(runs.map((r) => r.body.status)).toEqual(Array(8).fill('done'));
    expect(await app('SELECT count(*)::int AS n FROM concurrent')).toEqual([{ n: 8 }]);
  });
});

describe('replicas sharing one store', () => {
  it('a session issued by one replica runs on another, and both write one audit chain', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const replica = await startGatewayProcess(parse(readFileSync(gateway.configPath, 'utf8')), { APP_URL: appUrl, STORE_URL: storeUrl });
    try {
      const plan = await planFor({ 'db/replica.sql': 'CREATE TABLE from_replica (id int);' });
      const { body } = await exchange(gateway.url, await idToken(), { audience: 'prod', plan });
      const result = await exec(replica.url, 'prod', body.access_token!, plan);
      expect(result.body.status).toBe('done');
      expect(await tableExists('from_replica')).toBe(true);
      const replayed = await exchange(replica.url, await idToken({ jti: 'shared-jti-1' }), { audience: 'prod', plan });
      expect(replayed.status).toBe(200);
      const again = await exchange(gateway.url, await idToken({ jti: 'shared-jti-1' }), { audience: 'prod', plan });
      expect(again.body.error_description).toMatch(/jti replay/);
    } finally {
      await replica.stop();
    }
  });
});

describe('audit granularity', () => {
  it('a gateway with one record per transaction names all of a transaction’s statements in one record, before they run', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const grouped = await startGatewayProcess({ ...parse(readFileSync(gateway.configPath, 'utf8')), audit: { granularity: 'transaction' } }, { APP_URL: appUrl, STORE_URL: storeUrl });
    try {
      const plan = await planFor({ 'db/grouped.sql': 'CREATE TABLE grouped (id int);\nINSERT INTO grouped VALUES (1);\nCREATE INDEX CONCURRENTLY grouped_id ON grouped (id);' });
      const { body } = await exchange(grouped.url, await idToken(), { audience: 'prod', plan });
      const result = await exec(grouped.url, 'prod', body.access_token!, plan);
      expect(result.body.status).toBe('done');
      const exported = await runNode(CLI, ['audit', 'export', '--format', 'jsonl', '--config', gateway.configPath], { cwd: ROOT, env: { STORE_URL: storeUrl } });
      const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
      const mine = records.filter((r) => r.data.session === body.session_id && r.kind !== 'token.accepted');
      expect(mine.map((r) => r.kind)).toEqual(['exec.start', 'statements.start', 'statements.result', 'statements.start', 'statements.result', 'exec.end']);
      expect((mine[1]!.data.statements as Array<{ sql: string }>).map((s) => s.sql)).toEqual([plan.statements[0]!.sql, plan.statements[1]!.sql]);
      expect(mine[1]!.data).toMatchObject({ actor: GITHUB_CLAIMS.actor, repository: GITHUB_CLAIMS.repository, run_id: GITHUB_CLAIMS.run_id });
      expect((mine[3]!.data.statements as Array<{ sql: string }>).map((s) => s.sql)).toEqual([plan.statements[2]!.sql]);
      const verified = await runNode(CLI, ['audit', 'verify', '--config', gateway.configPath], { cwd: ROOT, env: { STORE_URL: storeUrl } });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    } finally {
      await grouped.stop();
    }
  });
});

describe('start records before statements, in a long transaction', () => {
  // The connection's database is the store itself: each statement looks up its own start record as it runs, so the
  // table it fills says whether the record was committed before the statement ran. The start records of 800
  // statements are written in chunks (each while the one before runs), and every audit write is slowed down by a trigger:
  // a chunk that ran before its records were committed would see them missing.
  const STATEMENTS = 800;
  const planOf = (path: string, sql: (i: number) => string) =>
    planFor({ [path]: Array.from({ length: STATEMENTS }, (_, i) => `${sql(i)};`).join('\n') });
  const seeing = (path: string) => (i: number) =>
    `INSERT INTO seen VALUES (${i}, EXISTS (SELECT FROM mg_audit WHERE kind = 'statement.start' AND data->>'path' = '${path}' AND data->>'index' = '${i}'))`;
  let onStore: GatewayProcess;
  const store = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => pg.query<T>(sql, params, 'gateway_store');
  const recordsOf = (session: string) => store<{ kind: string; index: number | null; status: string | null }>("SELECT kind, (data->>'index')::int AS index, data->>'status' AS status FROM mg_audit WHERE data->>'session' = $1 ORDER BY seq", [session]);

  beforeAll(async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const config = parse(readFileSync(gateway.configPath, 'utf8'));
    onStore = await startGatewayProcess({ ...config, connections: [{ name: 'store', driver: 'postgres', 'url-env': 'STORE_URL', access: { repository: ['acme/*'] } }] }, { STORE_URL: storeUrl });
    await store('CREATE TABLE seen (i int PRIMARY KEY, recorded boolean NOT NULL)');
    await store("CREATE FUNCTION slow_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN NULL; END $$");
    await store('CREATE TRIGGER slow_audit BEFORE INSERT ON mg_audit FOR EACH STATEMENT EXECUTE FUNCTION slow_audit()');
  }, 60_000);
  beforeEach(() => store('TRUNCATE seen'));
  afterAll(async () => {
    await store('DROP TRIGGER IF EXISTS slow_audit ON mg_audit');
    await onStore?.stop();
  });

  it('runs each statement only once its start record is committed', async () => {
    const plan = await planOf('db/seen.sql', seeing('db/seen.sql'));
    const { body: token } = await exchange(onStore.url, await idToken(), { audience: 'store', plan });
    const { body } = await exec(onStore.url, 'store', token.access_token!, plan);
    expect([body.status, body.message]).toEqual(['done', `${STATEMENTS} statements applied in 1 transaction.`]);
    expect(await store('SELECT count(*)::int AS n, bool_and(recorded) AS all_recorded FROM seen')).toEqual([{ n: STATEMENTS, all_recorded: true }]);
    const records = await recordsOf(String(body.session_id));
    expect(records.filter((r) => r.kind === 'statement.start').map((r) => r.index)).toEqual(Array.from({ length: STATEMENTS }, (_, i) => i));
    expect(records.filter((r) => r.kind === 'statement.result').map((r) => r.status)).toEqual(Array(STATEMENTS).fill('ok'));
  });

  it('rolls the whole transaction back when a statement of a later chunk fails, naming it, and records every outcome', async () => {
    const FAILING = 520; // in a later chunk, while the last chunk's start records are being written
    const path = 'db/seen_failing.sql';
    const plan = await planOf(path, (i) => (i === FAILING ? `INSERT INTO seen VALUES (${i}, 1 / 0 = 1)` : seeing(path)(i)));
    const { body: token } = await exchange(onStore.url, await idToken(), { audience: 'store', plan });
    const { body } = await exec(onStore.url, 'store', token.access_token!, plan);
    expect(body.status).toBe('failed');
    expect(body.message).toBe(`statement ${FAILING + 1} (${path}) failed: division by zero; transaction 1 rolled back (${FAILING} earlier statements in it undone). Nothing was committed.`);
    const statuses = body.results.map((r) => r.status);
    expect(statuses).toEqual([...Array(FAILING).fill('rolled_back'), 'failed', ...Array(STATEMENTS - FAILING - 1).fill('not_run')]);
    expect(await store('SELECT count(*)::int AS n FROM seen')).toEqual([{ n: 0 }]);
    // The last chunk's start records were being written when the failure came: they are waited for, and every
    // statement with a start record has its result recorded, as reported.
    const records = await recordsOf(String(body.session_id));
    expect(records.filter((r) => r.kind === 'statement.start').map((r) => r.index)).toEqual(Array.from({ length: STATEMENTS }, (_, i) => i));
    expect(records.filter((r) => r.kind === 'statement.result').map((r) => r.status)).toEqual(statuses);
  });
});

describe('gateway-side review', () => {
  async function pending(sql: string) {
    const plan = await planFor({ 'db/r.sql': sql });
    const { body: token } = await exchange(gateway.url, await idToken({ environment: 'production-approval' }), { audience: 'reviewed', plan });
    const response = await exec(gateway.url, 'reviewed', token.access_token!, plan);
    return { plan, token: token.access_token!, response };
  }
  const poll = async (token: string, id: string) => {
    for (let i = 0; i < 100; i++) {
      const body = (await (await fetch(`${gateway.url}/v1/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
      if (!['review_pending', 'running', 'approved'].includes(String(body.status))) return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('session never finished');
  };

  it('waits for a reviewer, who approves with the CLI; then the exact statements run', async () => {
    const { token, response } = await pending("SET lock_timeout = '2s';\nCREATE TABLE reviewed_t (id int);\nUPDATE users SET email = email;");
    expect([response.status, response.body.status]).toEqual([202, 'review_pending']);
    const id = String(response.body.session_id);
    expect(await tableExists('reviewed_t')).toBe(false);
    const env = { MIGRATION_GUARD_REVIEWER_TOKEN: REVIEWER_TOKEN };
    const show = await runNode(CLI, ['review', 'show', id, '--gateway', gateway.url], { cwd: ROOT, env });
    expect(show.stdout).toContain('CREATE TABLE reviewed_t (id int);');
    const approve = await runNode(CLI, ['review', 'approve', id, '--gateway', gateway.url, '--comment', 'looks right'], { cwd: ROOT, env });
    expect([approve.code, approve.stdout]).toEqual([0, `session ${id}: approved by alice\n`]);
    const done = await poll(token, id);
    expect(done).toMatchObject({ status: 'done', review: { reviewer: 'alice', decision: 'approve', comment: 'looks right' } });
    expect(await tableExists('reviewed_t')).toBe(true);
  });

  it('a rejected session never runs; a wrong reviewer credential is refused', async () => {
    const { token, response } = await pending("SET lock_timeout = '2s';\nCREATE TABLE rejected_t (id int);\nTRUNCATE users;");
    const id = String(response.body.session_id);
    const wrong = await runNode(CLI, ['review', 'approve', id, '--gateway', gateway.url], { cwd: ROOT, env: { MIGRATION_GUARD_REVIEWER_TOKEN: 'mgr_wrong' } });
    expect([wrong.code, wrong.stderr]).toEqual([1, expect.stringMatching(/a reviewer credential is required/)]);
    const reject = await runNode(CLI, ['review', 'reject', id, '--gateway', gateway.url], { cwd: ROOT, env: { MIGRATION_GUARD_REVIEWER_TOKEN: REVIEWER_TOKEN } });
    expect(reject.code).toBe(0);
    expect(await poll(token, id)).toMatchObject({ status: 'rejected' });
    expect(await tableExists('rejected_t')).toBe(false);
    expect(await app('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 2 }]);
  });
});

describe('audit trail', () => {
  const audit = (...args: string[]) => runNode(CLI, ['audit', ...args, '--config', gateway.configPath], { cwd: ROOT, env: { STORE_URL: storeUrl } });

  it('records token exchanges, statements, reviews and results with the identity behind them', async () => {
    const exported = await audit('export', '--format', 'jsonl');
    const records = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const kinds = new Set(records.map((r) => r.kind));
    for (const kind of ['token.accepted', 'token.refused', 'exec.start', 'statement.start', 'statement.result', 'exec.end', 'exec.refused', 'review.requested', 'review']) expect(kinds).toContain(kind);
    const statement = records.find((r) => r.kind === 'statement.start' && r.data.sql === 'CREATE TABLE once (id int)');
    expect(statement.data).toMatchObject({ repository: 'acme/shop', actor: 'octocat', run_id: '4242' });
    const start = records.find((r) => r.kind === 'exec.start' && r.data.session === statement.data.session);
    expect(start.data.identity).toMatchObject({ repository: 'acme/shop', actor: 'octocat', run_id: '4242', workflow: 'migrations', sha: 'abc123', environment: 'production' });
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
  });

  it('verifies an intact chain and detects an edited or deleted record', async () => {
    const intact = await audit('verify');
    expect([intact.code, intact.stdout]).toEqual([0, expect.stringMatching(/^audit trail intact: \d+ records/)]);
    await pg.query("UPDATE mg_audit SET data = jsonb_set(data, '{actor}', '\"mallory\"') WHERE seq = (SELECT min(seq) FROM mg_audit WHERE kind = 'statement.start')", [], 'gateway_store');
    const edited = await audit('verify');
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/record \d+ \(statement\.start\) was modified/);
    await pg.query('DELETE FROM mg_audit WHERE seq = 3', [], 'gateway_store');
    expect((await audit('verify')).stdout).toMatch(/record 3 is missing \(deleted\)/);
  });
});

describe('PGlite', () => {
  it('serves a pglite connection with a pglite store, zero setup', async () => {
    const dir = tempDir();
    const local = await startGatewayProcess({
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      store: { driver: 'pglite', 'data-dir': `${dir}/store` },
      connections: [{ name: 'embedded', driver: 'pglite', 'data-dir': `${dir}/db`, access: { repository: ['acme/shop'] } }],
    });
    try {
      const plan = await planFor({ 'db/1.sql': 'CREATE TABLE e (id int);\nINSERT INTO e VALUES (1), (2), (3);\nSELECT count(*) AS n FROM e;' });
      const { body } = await exchange(local.url, await idToken(), { audience: 'embedded', plan });
      const result = await exec(local.url, 'embedded', body.access_token!, plan);
      expect(result.body.status).toBe('done');
      expect(result.body.results[2]!.rows).toEqual([{ n: 3 }]);
      // PGlite serves one process at a time: the CLI does not open the store the running gateway holds.
      const busy = await runNode(CLI, ['audit', 'verify', '--config', local.configPath], { cwd: ROOT });
      expect(busy.code).toBe(2);
      expect(busy.stderr).toMatch(new RegExp(`${dir}/store is in use by process ${local.pid} \\(a running gateway\\?\\)`));
    } finally {
      await local.stop();
    }
    const verify = await runNode(CLI, ['audit', 'verify', '--config', local.configPath], { cwd: ROOT });
    // token, exec start/end, 3 × statement start/result, and the graceful shutdown on SIGTERM
    expect(verify.stdout).toMatch(/audit trail intact: 10 records/);
    const exported = await runNode(CLI, ['audit', 'export', '--config', local.configPath], { cwd: ROOT });
    expect(JSON.parse(exported.stdout.trim().split('\n').pop()!)).toMatchObject({ kind: 'gateway.shutdown', data: { interrupted: [] } });
  });
});
