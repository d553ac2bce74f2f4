/**
 * `migration-guard demo`: the whole loop on one machine with nothing else installed. A local issuer
 * emulates GitHub's OIDC endpoints, the reference gateway runs on the embedded PGlite, and the action's
 * real plan and apply steps run over examples/migrations.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceGatewayClient } from '../gateway/client/reference.js';
import { parseGatewayConfig } from '../gateway/server/config.js';
import { startGateway, type RunningGateway } from '../gateway/server/start.js';
import { planDigest } from '../plan/plan.js';
import { statementDigest } from '../scan/scanner.js';
import { LocalOidcIssuer } from './local-issuer.js';
import { runActionStep, type StepRun } from './runner.js';

const REPOSITORY = 'demo/shop';
const CLAIMS = { repository: REPOSITORY, repository_owner: 'demo', ref: 'refs/heads/main', sha: 'd3m0', workflow: 'migrations', job_workflow_ref: `${REPOSITORY}/.github/workflows/migrations.yml@refs/heads/main`, run_id: '1', actor: 'demo-bot', event_name: 'push' };

/** Finds a folder shipped with the package (examples/, dist/index.js) from wherever this bundle runs. */
function packageFile(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    dir = dirname(dir);
  }
  throw new Error(`cannot find ${relative} next to migration-guard`);
}

function optionalPackageFile(relative: string): string | undefined {
  try {
    return packageFile(relative);
  } catch {
    return undefined;
  }
}

export async function runDemo(print: (line: string) => void): Promise<number> {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'migration-guard-demo-'));
  const workspace = join(root, 'repo');
  const examples = packageFile('examples/migrations');
  const action = packageFile('dist/index.js');
  mkdirSync(join(workspace, 'db'), { recursive: true });
  const issuer = await new LocalOidcIssuer().start();
  let gateway: RunningGateway | undefined;
  let failures = 0;
  const step = (ok: boolean, line: string) => {
    if (!ok) failures++;
    print(`${ok ? '✓' : '✗'} ${line}`);
  };
  try {
    print('migration-guard demo: a local GitHub OIDC issuer, the reference gateway on embedded PostgreSQL (PGlite), and the action\'s plan and apply steps');
    const config = parseGatewayConfig(
      [
        'version: 1',
        'issuers:',
        `  - issuer: ${issuer.url}`,
        `    jwks-url: ${issuer.url}/.well-known/jwks`,
        '    audience: migration-guard-demo',
        'connections:',
        '  - name: shop',
        '    driver: pglite',
        '    approval-environment: production-approval',
        '    access:',
        `      repository: [${REPOSITORY}]`,
        '      ref: [refs/heads/main]',
        '    wire:',
        '      port: 0',
        '      tool: node-pg-migrate',
      ].join('\n'),
      join(root, 'gateway.yml'),
    );
    gateway = await startGateway({ ...config, port: 0 }, { port: 0, log: () => undefined });
    print(`  gateway ${gateway.url}, connection "shop" (PGlite); workspace ${workspace}`);
    // Each step plans and applies the migrations new in that step, as a workflow does for the files a push changed.
    const runner = (migrations: string, inputs: Record<string, string>, environment?: string): Promise<StepRun> => {
      issuer.claims = { ...CLAIMS, ...(environment ? { environment } : {}) };
      return runActionStep(action, workspace, { migrations, ...inputs }, issuer.runnerEnv(), root);
    };
    const plan = (migrations: string) => runner(migrations, { command: 'plan' });
    const apply = (migrations: string, planned: StepRun, environment: string) =>
      runner(migrations, { command: 'apply', 'gateway-url': gateway!.url, audience: 'migration-guard-demo', connection: 'shop', 'plan-digest': planned.outputs['plan-digest'] ?? '', 'plan-files': planned.outputs['plan-files'] ?? '' }, environment);
    const errorOf = (run: StepRun) => /::error::(.*)/.exec(run.stdout)?.[1]?.replace(/%0A/g, ' ') ?? `exit ${run.code}`;
    const query = async (sql: string) => {
      const session = await gateway!.databases.get('shop')!.session();
      try {
        return (await session.query(sql)).rows;
      } finally {
        await session.release();
      }
    };

    // 1. A safe migration: planned as pass, applied through the gateway under a short-lived identity.
    cpSync(join(examples, '001_create_accounts.sql'), join(workspace, 'db/001_create_accounts.sql'));
    cpSync(join(examples, '002_add_plan.sql'), join(workspace, 'db/002_add_plan.sql'));
    let planned = await plan('db/001_*.sql\ndb/002_*.sql');
    let applied = await apply('db/001_*.sql\ndb/002_*.sql', planned, 'production');
    await query("INSERT INTO accounts (email, legacy_ref) VALUES ('ada@example.com', 'L-1')");
    step(planned.outputs.verdict === 'pass' && applied.outputs.status === 'done', `1. safe migration: verdict ${planned.outputs.verdict}, applied ${applied.outputs['statements-applied'] ?? 0} statements through the gateway (session ${applied.outputs['session-id'] ?? '?'})`);

    // 2. A risky one: DROP COLUMN needs approval; a token from the normal environment is refused.
    cpSync(join(examples, '003_drop_legacy_ref.sql'), join(workspace, 'db/003_drop_legacy_ref.sql'));
    planned = await plan('db/003_*.sql');
    applied = await apply('db/003_*.sql', planned, 'production');
    step(planned.outputs.verdict === 'approval' && applied.code !== 0, `2. DROP COLUMN: verdict ${planned.outputs.verdict} (waits on environment ${planned.outputs.environment}); the gateway refused a token without that environment: ${errorOf(applied)}`);

    // 3. The same plan, from the approval environment (after a reviewer approved the job): it runs.
    applied = await apply('db/003_*.sql', planned, 'production-approval');
    const columns = await query("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'legacy_ref'");
    step(applied.outputs.status === 'done' && (columns[0] as { n: number }).n === 0, `3. the same plan with a token from production-approval: applied, accounts.legacy_ref is gone`);

    // 4. A file changed after approval: the approved digest no longer matches, nothing runs.
    writeFileSync(join(workspace, 'db/004_backfill.sql'), "UPDATE accounts SET plan = 'pro' WHERE email = 'ada@example.com';\n");
    planned = await plan('db/004_*.sql');
    writeFileSync(join(workspace, 'db/004_backfill.sql'), "UPDATE accounts SET plan = 'pro' WHERE email = 'ada@example.com';\nDELETE FROM accounts;\n");
    applied = await apply('db/004_*.sql', planned, 'production-approval');
    const rows = await query('SELECT count(*)::int AS n FROM accounts');
    step(applied.code !== 0 && /changed since the plan was approved/.test(applied.stdout) && (rows[0] as { n: number }).n === 1, `4. a file changed after approval was refused: ${errorOf(applied).replace(/^.*Since the plan was approved, /, '')}`);

    // 5. A blocked statement never reaches the database: the plan fails, and a job that tries anyway is refused.
    writeFileSync(join(workspace, 'db/005_wipe.sql'), 'DROP DATABASE postgres;\n');
    planned = await plan('db/005_*.sql');
    const client = new ReferenceGatewayClient({ url: gateway.url });
    issuer.claims = { ...CLAIMS, environment: 'production' };
    const sql = 'DROP DATABASE postgres';
    const statements = [{ path: 'db/005_wipe.sql', line: 1, sql, digest: statementDigest(sql) }];
    const lieDigest = planDigest({ version: 1, dialect: 'postgres', files: [{ path: 'db/005_wipe.sql', statements: [statementDigest(sql)] }], exemptions: [], effects: [] });
    const session = await client.exchange({ idToken: await issuer.sign({ ...issuer.claims, aud: 'migration-guard-demo' }), connection: 'shop', planDigest: lieDigest, verdict: 'pass' });
    const attempt = await client.exec(session, 'shop', lieDigest, statements, { exemptions: [], effects: [] });
    const still = await query('SELECT count(*)::int AS n FROM accounts');
    step(planned.outputs.verdict === 'block' && planned.code !== 0 && attempt.status === 'blocked' && (still[0] as { n: number }).n === 1, `5. DROP DATABASE: verdict ${planned.outputs.verdict}, the plan step failed; a job claiming "pass" anyway was refused by the gateway (${attempt.status}), the database is untouched`);

    // 6. The team's own migration tool applies a plan through the wire endpoint: the gateway lets only the plan through.
    const tool = optionalPackageFile('node_modules/.bin/node-pg-migrate');
    if (tool) {
      writeFileSync(join(workspace, '.github-policy.yml'), 'version: 1\ntool: node-pg-migrate\n');
      mkdirSync(join(workspace, 'migrations'), { recursive: true });
      writeFileSync(join(workspace, 'migrations/1700000000000_invoices.sql'), '-- Up Migration\nCREATE TABLE invoices (id int PRIMARY KEY, account_id int);\n\n-- Down Migration\nDROP TABLE invoices;\n');
      const withTool = { migrations: 'migrations', config: '.github-policy.yml' };
      issuer.claims = { ...CLAIMS, environment: 'production' };
      planned = await runActionStep(action, workspace, { ...withTool, command: 'plan' }, issuer.runnerEnv(), root);
      const run = `${tool} up --migrations-dir migrations`;
      applied = await runActionStep(action, workspace, { ...withTool, command: 'apply', 'gateway-url': gateway.url, audience: 'migration-guard-demo', connection: 'shop', 'plan-digest': planned.outputs['plan-digest'] ?? '', run }, issuer.runnerEnv(), root);
      const history = await query('SELECT name FROM pgmigrations');
      step(applied.outputs.status === 'done' && history.length === 1, `6. node-pg-migrate applied the approved plan through the wire endpoint (session ${applied.outputs['session-id'] ?? '?'}); its pgmigrations history has ${history.length} row`);

      // 7. A migration slipped in after approval: the tool sends it, the gateway refuses it, the database is untouched.
      writeFileSync(join(workspace, 'migrations/1700000000001_cleanup.sql'), '-- Up Migration\nDROP TABLE accounts;\n');
      applied = await runActionStep(action, workspace, { ...withTool, migrations: 'migrations/1700000000000_*.sql', command: 'apply', 'gateway-url': gateway.url, audience: 'migration-guard-demo', connection: 'shop', 'plan-digest': planned.outputs['plan-digest'] ?? '', run }, issuer.runnerEnv(), root);
      const accounts = await query("SELECT to_regclass('accounts') IS NOT NULL AS present");
      step(applied.code !== 0 && /DROP TABLE accounts/.test(applied.summary) && (accounts[0] as { present: boolean }).present, `7. a migration added after approval (DROP TABLE accounts) was refused at the wire endpoint: ${errorOf(applied).slice(0, 160)}`);
    } else print('- 6–7. skipped: node-pg-migrate is not installed (a dev dependency: run the demo from a clone after npm ci)');

    // 8. Everything above is in the audit trail, and the hash chain is intact.
    const verified = await gateway.audit.verify(gateway.auditKeys);
    step(verified.problems.length === 0, `8. audit verify: ${verified.problems.length === 0 ? 'intact' : 'TAMPERED'}, ${verified.records} records (token exchanges, refusals, every statement and result), sealed by the gateway's audit key through record ${verified.sealedThrough}`);
    print(`${failures === 0 ? 'demo complete' : `demo FAILED (${failures} step${failures === 1 ? '' : 's'})`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return failures === 0 ? 0 : 1;
  } finally {
    await gateway?.close();
    await issuer.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
