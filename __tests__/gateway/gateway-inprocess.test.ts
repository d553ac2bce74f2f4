/**
 * Gateway behaviours that need control over time or failures: the gateway runs in-process on real
 * PGlite databases with an injected clock and a store whose audit writes can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/gateway/server/audit.js';
import { parseGatewayConfig, type AuditGranularity } from '../../src/gateway/server/config.js';
import { pgliteDatabase, type Database } from '../../src/gateway/server/database.js';
import { Gateway } from '../../src/gateway/server/gateway.js';
import { toHttp } from '../../src/gateway/server/http.js';
import { loadSigningKeys } from '../../src/gateway/server/keys.js';
import { sealedAudit, TEST_KEK, trustedKeys } from '../helpers/audit.js';
import { openStore, type Store } from '../../src/gateway/server/store.js';
import { SubjectTokenVerifier } from '../../src/gateway/server/subject-token.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { planFor } from '../helpers/plan.js';

let issuer: LocalIssuer;
let store: Store;
let database: Database;
let clock = new Date();
let failAuditOf: string | undefined;
/** With failAuditOf: only the write whose records' data contain this text fails. */
let failAuditWith: string | undefined;
let failSessionEnd = false;

async function gatewayUnderTest(granularity: AuditGranularity = 'statement') {
  const config = parseGatewayConfig(
    `version: 1\nissuers:\n  - issuer: ${issuer.url}\n    jwks-url: ${issuer.url}/.well-known/jwks\n    audience: aud\nsessions:\n  ttl: 60\naudit: { granularity: ${granularity} }\nconnections:\n  - name: db\n    driver: pglite\n    access: { repository: [acme/shop] }\n    wire: { port: 0 }\n`,
    'gateway.yml',
  );
  // A store whose audit appends fail for one record kind, to prove "no audit record, no execution".
  const failing: Store = {
    ...store,
    query: (sql, params) => {
      const [kind, text] = [failAuditOf, failAuditWith];
      const failing = kind && params?.some((p) => Array.isArray(p) && p.includes(kind)) && (!text || params.some((p) => typeof p === 'string' && p.includes(text)));
      if (failing && sql.includes('INSERT INTO mg_audit ')) return Promise.reject(new Error('disk full'));
      if (failSessionEnd && sql.startsWith('UPDATE mg_sessions SET status = CASE')) return Promise.reject(new Error('disk full'));
      return store.query(sql, params);
    },
  };
  return new Gateway({
    config,
    store: failing,
    audit: await sealedAudit(failing),
    keys: await loadSigningKeys(store, TEST_KEK),
    verifier: new SubjectTokenVerifier(config.issuers),
    databases: new Map([['db', database]]),
    policies: new Map([['db', DEFAULT_POLICY]]),
    now: () => clock,
  });
}

async function tableExists(name: string): Promise<boolean> {
  const session = await database.session();
  try {
    return (await session.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = '${name}'`)).rows[0]!.n === 1;
  } finally {
    await session.release();
  }
}

let migrations = 0;
/** Each test plans its own migration file: the target database's ledger remembers every file applied to it. */
async function sessionFor(gateway: Gateway, sql: string, scope: 'exec' | 'wire' = 'exec') {
  const plan = await planFor({ [`${String(++migrations).padStart(3, '0')}.sql`]: sql });
  const token = await issuer.sign({ ...GITHUB_CLAIMS, aud: 'aud' });
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: token,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    audience: 'db',
    scope,
    plan_digest: plan.digest,
    verdict: plan.verdict,
  });
  const { status, body } = toHttp(await gateway.exchange(form));
  expect(status, JSON.stringify(body)).toBe(200);
  return { plan, bearer: `Bearer ${body.access_token}` };
}

beforeAll(async () => {
  issuer = await new LocalIssuer().start();
  store = await openStore({ driver: 'pglite' });
  database = await pgliteDatabase();
}, 60_000);

afterAll(async () => {
  await issuer.stop();
  await store.close();
  await database.close();
});

describe('sessions expire', () => {
  it('refuses a session used after its TTL, and nothing runs', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE late (id int);');
    clock = new Date(clock.getTime() + 61_000);
    const { status, body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'invalid_token', error_description: 'the session has expired; run the apply step again to get a new session' });
    expect(await tableExists('late')).toBe(false);
  });
});

describe('re-scanning at the gateway', () => {
  it('keeps statements that end in a comment apart (the statement text may end with `-- …`)', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE commented (id int) -- a trailing comment\n;\nINSERT INTO commented VALUES (1);');
    expect(plan.statements[0]!.sql).toBe('CREATE TABLE commented (id int) -- a trailing comment');
    const { body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
    expect(body.status).toBe('done');
    expect(await tableExists('commented')).toBe(true);
  });
});

describe('no audit record, no execution', () => {
  it.each([
    ['statement', 'statement.start', 'unaudited'],
    ['transaction', 'statements.start', 'unaudited_group'],
  ] as const)('with one record per %s, runs nothing when the record naming a statement cannot be written', async (granularity, kind, table) => {
    clock = new Date();
    const gateway = await gatewayUnderTest(granularity);
    const { plan, bearer } = await sessionFor(gateway, `CREATE TABLE ${table} (id int);\nINSERT INTO ${table} VALUES (1);`);
    failAuditOf = kind;
    try {
      const { body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
      expect(body.status).toBe('failed');
      expect(JSON.stringify(body.results)).toMatch(/audit record could not be written, so the statement was not run \(disk full\)/);
    } finally {
      failAuditOf = undefined;
    }
    expect(await tableExists(table)).toBe(false);
  });

  it('runs nothing when the run’s start cannot be recorded, and the next run goes ahead', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE unstarted (id int);');
    failAuditOf = 'exec.start';
    try {
      const { body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
      expect([body.status, body.message]).toEqual(['failed', 'execution failed before it could start: disk full']);
    } finally {
      failAuditOf = undefined;
    }
    expect(await tableExists('unstarted')).toBe(false);
    // PGlite has one connection: a run that kept it would leave the next one waiting forever.
    const next = await sessionFor(gateway, 'CREATE TABLE started (id int);');
    expect(toHttp(await gateway.exec(next.bearer, 'db', { plan_digest: next.plan.digest, statements: next.plan.statements })).body.status).toBe('done');
  });

  it('runs a session sent twice at once only once, and the next run goes ahead', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE twice (id int);\nINSERT INTO twice VALUES (1);');
    const request = { plan_digest: plan.digest, statements: plan.statements };
    const answers = await Promise.all([gateway.exec(bearer, 'db', request), gateway.exec(bearer, 'db', request)]);
    expect(answers.map((a) => toHttp(a).status).sort()).toEqual([200, 409]);
    const session = await database.session();
    try {
      expect((await session.query('SELECT count(*)::int AS n FROM twice')).rows).toEqual([{ n: 1 }]);
    } finally {
      await session.release();
    }
    const next = await sessionFor(gateway, 'CREATE TABLE after_twice (id int);');
    expect(toHttp(await gateway.exec(next.bearer, 'db', { plan_digest: next.plan.digest, statements: next.plan.statements })).body.status).toBe('done');
  });

  it('rolls back what a long transaction ran when the start records of a later chunk of it cannot be written', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, ['CREATE TABLE chunked (id int);', ...Array.from({ length: 299 }, (_, i) => `INSERT INTO chunked VALUES (${i});`)].join('\n'));
    // Start records are written in chunks: the write that names statement 251 fails.
    [failAuditOf, failAuditWith] = ['statement.start', '"index":250,'];
    let session = '';
    let unaudited = -1;
    try {
      const { body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
      expect(body.status).toBe('failed');
      const statuses = (body.results as Array<{ status: string }>).map((r) => r.status);
      unaudited = statuses.indexOf('failed'); // the first statement of that chunk
      expect(unaudited).toBeGreaterThan(0);
      expect(unaudited).toBeLessThanOrEqual(250);
      expect(statuses).toEqual([...Array(unaudited).fill('rolled_back'), 'failed', ...Array(299 - unaudited).fill('not_run')]);
      expect(body.message).toBe(`statement ${unaudited + 1} (${plan.statements[0]!.path}) was not run: audit record could not be written, so the statement was not run (disk full); transaction 1 rolled back (${unaudited} earlier statements in it undone). Nothing was committed.`);
      session = String(body.session_id);
    } finally {
      [failAuditOf, failAuditWith] = [undefined, undefined];
    }
    expect(await tableExists('chunked')).toBe(false);
    // Results are recorded for the statements that ran (and were rolled back), and for no other.
    const results = (await new AuditLog(store).records()).filter((r) => r.kind === 'statement.result' && r.data.session === session);
    expect(results.map((r) => r.data.status)).toEqual(Array(unaudited).fill('rolled_back'));
  });

  it.each([
    // exec.end is written on its own when the group it shares with the result records fails.
    { what: 'its result records', fail: () => void (failAuditOf = 'statement.result'), warning: /the audit records of some results could not be written \(disk full\)\.$/, endRecorded: true, sessionStored: true },
    { what: 'its exec.end record', fail: () => void (failAuditOf = 'exec.end'), warning: /the exec\.end audit record could not be written \(disk full\)\.$/, endRecorded: false, sessionStored: true },
    { what: "the session's end", fail: () => void (failSessionEnd = true), warning: /the session's end could not be stored \(disk full\), so GET \/v1\/sessions\/\S+ does not show this outcome\.$/, endRecorded: true, sessionStored: false },
  ])('reports, without undoing and without a 500, a committed plan when $what cannot be written', async ({ fail, warning, endRecorded, sessionStored }) => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const table = `ran_unrecorded_${migrations}`;
    const { plan, bearer } = await sessionFor(gateway, `CREATE TABLE ${table} (id int);`);
    fail();
    let answered: ReturnType<typeof toHttp>;
    try {
      answered = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
    } finally {
      failAuditOf = undefined;
      failSessionEnd = false;
    }
    const body = answered.body as { status: string; message: string; session_id: string; audit_seq?: number };
    expect([answered.status, body.status]).toEqual([200, 'done']);
    expect(body.message).toMatch(/^1 statement applied in 1 transaction\. Warning: /);
    expect(body.message).toMatch(warning);
    expect(await tableExists(table)).toBe(true);
    const ended = (await new AuditLog(store).records()).filter((r) => r.kind === 'exec.end' && r.data.session === body.session_id);
    expect(ended.map((r) => r.seq)).toEqual(endRecorded ? [body.audit_seq] : []);
    if (!endRecorded) expect(body.audit_seq).toBeUndefined();
    // The stored session says what the answer says, unless storing it is what failed.
    const stored = (await store.query<{ status: string; message: string | null }>('SELECT status, message FROM mg_sessions WHERE id = $1', [body.session_id])).rows[0];
    expect(stored).toEqual(sessionStored ? { status: 'done', message: body.message } : { status: 'running', message: null });
  });

  it.each([
    { what: 'its wire.end record', fail: () => void (failAuditOf = 'wire.end'), warning: /the wire\.end audit record could not be written \(disk full\)\.$/, endRecorded: false, sessionStored: true },
    { what: "the session's end", fail: () => void (failSessionEnd = true), warning: /the session's end could not be stored \(disk full\), so GET \/v1\/sessions\/\S+ does not show this outcome\.$/, endRecorded: true, sessionStored: false },
  ])('ends a wire session, and says so in a 200, when $what cannot be written', async ({ fail, warning, endRecorded, sessionStored }) => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE never_connected (id int);', 'wire');
    const opened = toHttp(await gateway.openWire(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
    expect([opened.status, opened.body.status]).toEqual([200, 'wire_open']);
    fail();
    let answered: ReturnType<typeof toHttp>;
    try {
      answered = toHttp(await gateway.endWire(bearer, 'db'));
    } finally {
      failAuditOf = undefined;
      failSessionEnd = false;
    }
    const body = answered.body as { status: string; message: string; session_id: string; audit_seq?: number };
    expect([answered.status, body.status]).toEqual([200, 'done']);
    expect(body.message).toMatch(/^0 planned statements ran, 1 did not, 0 refused \(ended by the client\)\. Warning: /);
    expect(body.message).toMatch(warning);
    const ended = (await new AuditLog(store).records()).filter((r) => r.kind === 'wire.end' && r.data.session === body.session_id);
    expect(ended.map((r) => r.seq)).toEqual(endRecorded ? [body.audit_seq] : []);
    const stored = (await store.query<{ status: string; message: string | null }>('SELECT status, message FROM mg_sessions WHERE id = $1', [body.session_id])).rows[0];
    expect(stored).toEqual(sessionStored ? { status: 'done', message: body.message } : { status: 'wire_open', message: null });
  });

  it('with one record per transaction, records every statement before any runs and the results after', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest('transaction');
    const { plan, bearer } = await sessionFor(gateway, 'CREATE TABLE grouped (id int);\nINSERT INTO grouped VALUES (1), (2);');
    const trail = new AuditLog(store);
    const before = (await trail.records()).length;
    const { body } = toHttp(await gateway.exec(bearer, 'db', { plan_digest: plan.digest, statements: plan.statements }));
    expect(body.status).toBe('done');
    const records = (await trail.records()).slice(before);
    expect(records.map((r) => r.kind)).toEqual(['exec.start', 'statements.start', 'statements.result', 'exec.end']);
    expect(records[1]!.data).toEqual({
      session: body.session_id,
      connection: 'db',
      actor: GITHUB_CLAIMS.actor,
      repository: GITHUB_CLAIMS.repository,
      run_id: GITHUB_CLAIMS.run_id,
      statements: plan.statements.map((s, index) => ({ index, path: s.path, digest: s.digest, sql: s.sql })),
    });
    expect((records[2]!.data.results as Array<Record<string, unknown>>).map((r) => [r.index, r.status, r.rows_affected])).toEqual([[0, 'ok', 0], [1, 'ok', 2]]);
    expect((await trail.verify(await trustedKeys(store))).problems).toEqual([]);
  });

  it('issues no session when the token exchange cannot be audited', async () => {
    clock = new Date();
    const gateway = await gatewayUnderTest();
    failAuditOf = 'token.accepted';
    try {
      const plan = await planFor({ 'm.sql': 'SELECT 1;' });
      const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: await issuer.sign({ ...GITHUB_CLAIMS, aud: 'aud' }), subject_token_type: 'urn:ietf:params:oauth:token-type:jwt', audience: 'db', plan_digest: plan.digest, verdict: 'pass' });
      const { status, body } = toHttp(await gateway.exchange(form));
      expect(status).toBe(500);
      expect(body.access_token).toBeUndefined();
    } finally {
      failAuditOf = undefined;
    }
  });
});
