/**
 * Operator controls on a deployment, through its shared store, while the gateway runs: `session list` and
 * `session revoke` (the token refused at once, the wire connections of the session ended within seconds, recorded
 * in the audit trail), and `gateway rotate-key` / `retire-key` taking effect on the running gateway without a
 * restart (sessions.key-reload).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway.js';
import { GITHUB_CLAIMS, LocalIssuer } from '../helpers/issuer.js';
import { exchange, openWire, planFor } from '../helpers/plan.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';

const AUDIENCE = 'https://gateway.test';
let server: PostgresServer;
let issuer: LocalIssuer;
let gateway: GatewayProcess;
let env: Record<string, string>;

const cli = (args: string[]) => runNode(CLI, [...args, '--config', gateway.configPath], { cwd: ROOT, env });
const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

beforeAll(async () => {
  server = await startPostgres();
  env = { APP_URL: await server.createDatabase('app'), STORE_URL: await server.createDatabase('store') };
  issuer = await new LocalIssuer().start();
  gateway = await startGatewayProcess(
    {
      version: 1,
      issuers: [{ issuer: issuer.url, 'jwks-url': `${issuer.url}/.well-known/jwks`, audience: AUDIENCE }],
      sessions: { 'key-reload': 1 },
      store: { driver: 'postgres', 'url-env': 'STORE_URL' },
      connections: [{ name: 'prod', driver: 'postgres', 'url-env': 'APP_URL', access: { repository: ['acme/*'] }, wire: { port: 0 } }],
    },
    env,
  );
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await issuer?.stop();
  server?.stop();
});

async function wireSession(sql: string) {
  const plan = await planFor({ 'db/001.sql': sql });
  const token = await exchange(gateway.url, await issuer.sign({ ...GITHUB_CLAIMS, aud: AUDIENCE }), { audience: 'prod', plan, scope: 'wire' });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  const opened = await openWire(gateway.url, 'prod', token.body.access_token!, plan);
  expect(opened.body.status).toBe('wire_open');
  return { id: opened.body.session_id as string, token: token.body.access_token!, port: opened.body.wire!.port };
}

describe('session list and revoke', () => {
  it('lists the open session; revoking it refuses its token, ends its wire connection and is in the audit trail', async () => {
    const s = await wireSession('CREATE TABLE revoked_before (id int);\n');
    const listed = await cli(['session', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${s.id} {2}prod {2}wire_open +wire {2}pass +expires \\S+ {2}acme/shop run 4242 \\(octocat, environment production\\)$`, 'm'));
    const client = new pg.Client({ host: '127.0.0.1', port: s.port, user: 'session', password: s.token, database: 'prod' });
    await client.connect();
    const ended = new Promise<Error | undefined>((done) => client.once('error', done).once('end', () => done(undefined)));
    client.on('error', () => undefined);

    expect((await cli(['session', 'revoke', s.id])).stderr).toMatch(/--reason TEXT is required/);
    const revoked = await cli(['session', 'revoke', s.id, '--reason', 'a leaked runner token']);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/revoked: its token is refused from now on/);
    // At once on HTTP; within seconds on the connection the gateway holds open.
    const polled = await fetch(`${gateway.url}/v1/sessions/${s.id}`, { headers: { authorization: `Bearer ${s.token}` } });
    expect(polled.status).toBe(401);
    expect(((await polled.json()) as { error_description: string }).error_description).toMatch(/was revoked by an operator/);
    await ended;
    await expect(client.query('CREATE TABLE revoked_before (id int)')).rejects.toThrow();
    expect((await cli(['session', 'list'])).stdout).not.toContain(s.id);
    expect((await cli(['session', 'list', '--all'])).stdout).toMatch(new RegExp(`^${s.id} {2}prod {2}revoked`, 'm'));
    expect((await cli(['session', 'revoke', s.id, '--reason', 'again'])).stderr).toMatch(/has already ended \(revoked\)/);
    const audit = (await cli(['audit', 'export'])).stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
    expect(audit.find((r) => r.kind === 'session.revoked')?.data).toMatchObject({ session: s.id, reason: 'a leaked runner token' });
    expect((await cli(['audit', 'verify'])).stdout).toMatch(/audit trail intact/);
  });
});

describe('session-signing keys on a running gateway', () => {
  it('rotate-key: the gateway signs with the new key within seconds and the JWKS shows it; retire-key: what the old one signed is refused', async () => {
    const jwks = async () => ((await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
    const [oldKid] = await jwks();
    const before = await wireSession('CREATE TABLE signed_by_old (id int);\n');
    expect(JSON.parse(Buffer.from(before.token.split('.')[0]!, 'base64url').toString()).kid).toBe(oldKid);

    expect((await cli(['gateway', 'retire-key', oldKid!])).stderr).toMatch(/is the only key that signs: run `gateway rotate-key` first/);
    // A kid may begin with '-' (base64url): it is still the kid, not an option.
    for (const kid of ['-6notakid', '--notakid']) expect((await cli(['gateway', 'retire-key', kid])).stderr).toMatch(new RegExp(`no session-signing key ${kid} in the store`));
    expect((await cli(['gateway', 'retire-key', '--log-format', 'json', '-6notakid'])).stderr).toMatch(/no session-signing key -6notakid in the store/);
    const rotated = await cli(['gateway', 'rotate-key']);
    expect(rotated.code, rotated.stderr).toBe(0);
    const newKid = /new session-signing key (\S+) stored/.exec(rotated.stdout)![1]!;
    expect(await until(async () => (await jwks()).includes(newKid))).toBe(true);
    const after = await wireSession('CREATE TABLE signed_by_new (id int);\n');
    expect(JSON.parse(Buffer.from(after.token.split('.')[0]!, 'base64url').toString()).kid).toBe(newKid);

    const retired = await cli(['gateway', 'retire-key', oldKid!]);
    expect(retired.code, retired.stderr).toBe(0);
    expect(await until(async () => !(await jwks()).includes(oldKid!))).toBe(true);
    const refused = await fetch(`${gateway.url}/v1/sessions/${before.id}`, { headers: { authorization: `Bearer ${before.token}` } });
    expect(refused.status).toBe(401);
    expect((await fetch(`${gateway.url}/v1/sessions/${after.id}`, { headers: { authorization: `Bearer ${after.token}` } })).status).toBe(200);
    const audit = (await cli(['audit', 'export'])).stdout;
    expect(audit).toContain('"kind":"key.retired"');
  });
});

describe('the audit trail: export as it grows, and retention', () => {
  it('export --after-seq N gives what follows N; --follow streams records as they commit and stops on SIGTERM', async () => {
    const all = (await cli(['audit', 'export'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number });
    const middle = all[Math.floor(all.length / 2)]!.seq;
    const after = (await cli(['audit', 'export', '--after-seq', String(middle)])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number });
    expect(after.map((r) => r.seq)).toEqual(all.filter((r) => r.seq > middle).map((r) => r.seq));

    const last = all[all.length - 1]!.seq;
    const follower = spawn(process.execPath, [CLI, 'audit', 'export', '--follow', '--after-seq', String(last), '--config', gateway.configPath], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
    let streamed = '';
    follower.stdout.on('data', (chunk) => (streamed += chunk));
    await new Promise((r) => setTimeout(r, 800));
    expect(streamed).toBe(''); // nothing after `last` yet
    await wireSession('CREATE TABLE followed (id int);\n'); // a token exchange and a wire.open: new records
    expect(await until(async () => streamed.includes('"kind":"wire.open"'))).toBe(true);
    const lines = streamed.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; kind: string });
    expect(lines[0]!.seq).toBe(last + 1);
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => last + 1 + i));
    follower.kill('SIGTERM');
    expect(await new Promise((done) => follower.once('exit', done))).toBe(0);
  });

  it('prune --through-seq N deletes what a seal covers, keeps a checkpoint the sealed audit.pruned record names, and verify still holds', async () => {
    const records = (await cli(['audit', 'export'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; hash: string });
    const through = records[Math.floor(records.length / 2)]!;
    const pruned = await cli(['audit', 'prune', '--through-seq', String(through.seq)]);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(new RegExp(`^pruned ${through.seq} audit records through ${through.seq}`));
    const verified = await cli(['audit', 'verify', '--witness', `${through.seq}:${through.hash}`]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toMatch(new RegExp(`audit trail intact: .*records through ${through.seq} were pruned, verified from the checkpoint`));
    expect((await cli(['audit', 'export'])).stdout.split('\n')[0]).toMatch(new RegExp(`"seq":${through.seq + 1},`));
    // A checkpoint moved to hide a rewrite no longer matches the sealed record that names it.
    await server.query(`UPDATE mg_audit_checkpoint SET hash = repeat('0', 64)`, [], 'store');
    const tampered = await cli(['audit', 'verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/the checkpoint \(record \d+\) is named by no audit\.pruned record/);
    await server.query(`UPDATE mg_audit_checkpoint SET hash = $1`, [through.hash], 'store');
  });
});

describe('gateway test-issuer (trying a deployment before GitHub is wired)', () => {
  it('prints the issuers lines and a token a gateway with those lines accepts, and mints more; SIGTERM stops it', async () => {
    const child = spawn(process.execPath, [CLI, 'gateway', 'test-issuer', '--audience', 'https://gw.try', '--environment', 'production'], { cwd: ROOT, env: { PATH: process.env.PATH } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    expect(await until(async () => out.includes('# e.g. MIGRATION_GUARD_ID_TOKEN'))).toBe(true);
    expect(out).toMatch(/^FOR TESTING ONLY: this issuer signs whatever it is asked to/);
    const url = /- issuer: (\S+)/.exec(out)![1]!;
    expect(out).toContain(`jwks-url: ${url}/.well-known/jwks\n    audience: https://gw.try`);
    const token = /^(eyJ\S+)$/m.exec(out)![1]!;
    const trying = await startGatewayProcess({ version: 1, issuers: [{ issuer: url, 'jwks-url': `${url}/.well-known/jwks`, audience: 'https://gw.try' }], connections: [{ name: 'trial', driver: 'pglite', access: { repository: ['acme/shop'] } }] });
    try {
      const plan = await planFor({ 'db/001.sql': 'CREATE TABLE tried (id int);\n' });
      expect((await exchange(trying.url, token, { audience: 'trial', plan })).status).toBe(200);
      const mint = /curl -s -H "Authorization: Bearer (\S+)" "(\S+)"/.exec(out)!;
      const minted = (await (await fetch(mint[2]!, { headers: { authorization: `Bearer ${mint[1]}` } })).json()) as { value: string };
      expect((await exchange(trying.url, minted.value, { audience: 'trial', plan })).status).toBe(200);
    } finally {
      await trying.stop();
    }
    child.kill('SIGTERM');
    expect(await new Promise((done) => child.once('exit', done))).toBe(0);
  });
});
