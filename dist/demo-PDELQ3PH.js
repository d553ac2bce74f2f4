import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  LocalOidcIssuer
} from "./chunk-Y2SP52NW.js";
import {
  parseGatewayConfig,
  startGateway
} from "./chunk-UTGR6DGG.js";
import "./chunk-555PLDPS.js";
import {
  ReferenceGatewayClient
} from "./chunk-HCAAJB6S.js";
import "./chunk-TQCHCEE6.js";
import {
  planDigest,
  statementDigest
} from "./chunk-QSGYCVYZ.js";
import "./chunk-JLUL2CWT.js";
import "./chunk-IL3JVSOA.js";
import "./chunk-YWAC6ZPY.js";
import "./chunk-SUX2IRZQ.js";
import "./chunk-SZ3752GF.js";
import "./chunk-2264ZY6O.js";
import "./chunk-C27VLMH4.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-3OVZUVT4.js";
import "./chunk-LF3FUY2S.js";

// src/demo/demo.ts
import { cpSync, existsSync, mkdirSync, mkdtempSync as mkdtempSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/demo/runner.ts
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function runNodeScript(script, args, options) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk);
    child.stderr.on("data", (chunk) => stderr += chunk);
    child.once("error", fail);
    child.once("close", (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join("\n");
  }
  return outputs;
}
async function runActionStep(actionScript, workspace, inputs, env = {}, tempParent = tmpdir()) {
  const runnerDir = mkdtempSync(join(tempParent, "mg-runner-"));
  const outputFile = join(runnerDir, "output");
  const summaryFile = join(runnerDir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const run = await runNodeScript(actionScript, [], {
    cwd: workspace,
    env: {
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerDir,
      GITHUB_EVENT_NAME: "push",
      ...inputEnv,
      ...env
    }
  });
  return { ...run, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") };
}

// src/demo/demo.ts
var REPOSITORY = "demo/shop";
var CLAIMS = { repository: REPOSITORY, repository_owner: "demo", ref: "refs/heads/main", sha: "d3m0", workflow: "migrations", job_workflow_ref: `${REPOSITORY}/.github/workflows/migrations.yml@refs/heads/main`, run_id: "1", actor: "demo-bot", event_name: "push" };
function packageFile(relative) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join2(dir, relative))) return join2(dir, relative);
    dir = dirname(dir);
  }
  throw new Error(`cannot find ${relative} next to migration-guard`);
}
function optionalPackageFile(relative) {
  try {
    return packageFile(relative);
  } catch {
    return void 0;
  }
}
async function runDemo(print) {
  const started = Date.now();
  const root = mkdtempSync2(join2(tmpdir2(), "migration-guard-demo-"));
  const workspace = join2(root, "repo");
  const examples = packageFile("examples/migrations");
  const action = packageFile("dist/index.js");
  mkdirSync(join2(workspace, "db"), { recursive: true });
  const issuer = await new LocalOidcIssuer().start();
  let gateway;
  let failures = 0;
  const step = (ok, line) => {
    if (!ok) failures++;
    print(`${ok ? "\u2713" : "\u2717"} ${line}`);
  };
  try {
    print("migration-guard demo: a local GitHub OIDC issuer, the reference gateway on embedded PostgreSQL (PGlite), and the action's plan and apply steps");
    const config = parseGatewayConfig(
      [
        "version: 1",
        "issuers:",
        `  - issuer: ${issuer.url}`,
        `    jwks-url: ${issuer.url}/.well-known/jwks`,
        "    audience: migration-guard-demo",
        "connections:",
        "  - name: shop",
        "    driver: pglite",
        "    approval-environment: production-approval",
        "    access:",
        `      repository: [${REPOSITORY}]`,
        "      ref: [refs/heads/main]",
        "    wire:",
        "      port: 0",
        "      tool: node-pg-migrate"
      ].join("\n"),
      join2(root, "gateway.yml")
    );
    gateway = await startGateway({ ...config, port: 0 }, { port: 0, log: () => void 0 });
    print(`  gateway ${gateway.url}, connection "shop" (PGlite); workspace ${workspace}`);
    const runner = (migrations, inputs, environment) => {
      issuer.claims = { ...CLAIMS, ...environment ? { environment } : {} };
      return runActionStep(action, workspace, { migrations, ...inputs }, issuer.runnerEnv(), root);
    };
    const plan = (migrations) => runner(migrations, { command: "plan" });
    const apply = (migrations, planned2, environment) => runner(migrations, { command: "apply", "gateway-url": gateway.url, audience: "migration-guard-demo", connection: "shop", "plan-digest": planned2.outputs["plan-digest"] ?? "", "plan-files": planned2.outputs["plan-files"] ?? "" }, environment);
    const errorOf = (run) => /::error::(.*)/.exec(run.stdout)?.[1]?.replace(/%0A/g, " ") ?? `exit ${run.code}`;
    const query = async (sql2) => {
      const session2 = await gateway.databases.get("shop").session();
      try {
        return (await session2.query(sql2)).rows;
      } finally {
        await session2.release();
      }
    };
    cpSync(join2(examples, "001_create_accounts.sql"), join2(workspace, "db/001_create_accounts.sql"));
    cpSync(join2(examples, "002_add_plan.sql"), join2(workspace, "db/002_add_plan.sql"));
    let planned = await plan("db/001_*.sql\ndb/002_*.sql");
    let applied = await apply("db/001_*.sql\ndb/002_*.sql", planned, "production");
    await query("INSERT INTO accounts (email, legacy_ref) VALUES ('ada@example.com', 'L-1')");
    step(planned.outputs.verdict === "pass" && applied.outputs.status === "done", `1. safe migration: verdict ${planned.outputs.verdict}, applied ${applied.outputs["statements-applied"] ?? 0} statements through the gateway (session ${applied.outputs["session-id"] ?? "?"})`);
    cpSync(join2(examples, "003_drop_legacy_ref.sql"), join2(workspace, "db/003_drop_legacy_ref.sql"));
    planned = await plan("db/003_*.sql");
    applied = await apply("db/003_*.sql", planned, "production");
    step(planned.outputs.verdict === "approval" && applied.code !== 0, `2. DROP COLUMN: verdict ${planned.outputs.verdict} (waits on environment ${planned.outputs.environment}); the gateway refused a token without that environment: ${errorOf(applied)}`);
    applied = await apply("db/003_*.sql", planned, "production-approval");
    const columns = await query("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'legacy_ref'");
    step(applied.outputs.status === "done" && columns[0].n === 0, `3. the same plan with a token from production-approval: applied, accounts.legacy_ref is gone`);
    writeFileSync2(join2(workspace, "db/004_backfill.sql"), "UPDATE accounts SET plan = 'pro' WHERE email = 'ada@example.com';\n");
    planned = await plan("db/004_*.sql");
    writeFileSync2(join2(workspace, "db/004_backfill.sql"), "UPDATE accounts SET plan = 'pro' WHERE email = 'ada@example.com';\nDELETE FROM accounts;\n");
    applied = await apply("db/004_*.sql", planned, "production-approval");
    const rows = await query("SELECT count(*)::int AS n FROM accounts");
    step(applied.code !== 0 && /changed since the plan was approved/.test(applied.stdout) && rows[0].n === 1, `4. a file changed after approval was refused: ${errorOf(applied).replace(/^.*Since the plan was approved, /, "")}`);
    writeFileSync2(join2(workspace, "db/005_wipe.sql"), "DROP DATABASE postgres;\n");
    planned = await plan("db/005_*.sql");
    const client = new ReferenceGatewayClient({ url: gateway.url });
    issuer.claims = { ...CLAIMS, environment: "production" };
    const sql = "DROP DATABASE postgres";
    const statements = [{ path: "db/005_wipe.sql", line: 1, sql, digest: statementDigest(sql) }];
    const lieDigest = planDigest({ version: 1, dialect: "postgres", files: [{ path: "db/005_wipe.sql", statements: [statementDigest(sql)] }], exemptions: [], effects: [] });
    const session = await client.exchange({ idToken: await issuer.sign({ ...issuer.claims, aud: "migration-guard-demo" }), connection: "shop", planDigest: lieDigest, verdict: "pass" });
    const attempt = await client.exec(session, "shop", lieDigest, statements, { exemptions: [], effects: [] });
    const still = await query("SELECT count(*)::int AS n FROM accounts");
    step(planned.outputs.verdict === "block" && planned.code !== 0 && attempt.status === "blocked" && still[0].n === 1, `5. DROP DATABASE: verdict ${planned.outputs.verdict}, the plan step failed; a job claiming "pass" anyway was refused by the gateway (${attempt.status}), the database is untouched`);
    const tool = optionalPackageFile("node_modules/.bin/node-pg-migrate");
    if (tool) {
      writeFileSync2(join2(workspace, ".github-policy.yml"), "version: 1\ntool: node-pg-migrate\n");
      mkdirSync(join2(workspace, "migrations"), { recursive: true });
      writeFileSync2(join2(workspace, "migrations/1700000000000_invoices.sql"), "-- Up Migration\nCREATE TABLE invoices (id int PRIMARY KEY, account_id int);\n\n-- Down Migration\nDROP TABLE invoices;\n");
      const withTool = { migrations: "migrations", config: ".github-policy.yml" };
      issuer.claims = { ...CLAIMS, environment: "production" };
      planned = await runActionStep(action, workspace, { ...withTool, command: "plan" }, issuer.runnerEnv(), root);
      const run = `${tool} up --migrations-dir migrations`;
      applied = await runActionStep(action, workspace, { ...withTool, command: "apply", "gateway-url": gateway.url, audience: "migration-guard-demo", connection: "shop", "plan-digest": planned.outputs["plan-digest"] ?? "", run }, issuer.runnerEnv(), root);
      const history = await query("SELECT name FROM pgmigrations");
      step(applied.outputs.status === "done" && history.length === 1, `6. node-pg-migrate applied the approved plan through the wire endpoint (session ${applied.outputs["session-id"] ?? "?"}); its pgmigrations history has ${history.length} row`);
      writeFileSync2(join2(workspace, "migrations/1700000000001_cleanup.sql"), "-- Up Migration\nDROP TABLE accounts;\n");
      applied = await runActionStep(action, workspace, { ...withTool, migrations: "migrations/1700000000000_*.sql", command: "apply", "gateway-url": gateway.url, audience: "migration-guard-demo", connection: "shop", "plan-digest": planned.outputs["plan-digest"] ?? "", run }, issuer.runnerEnv(), root);
      const accounts = await query("SELECT to_regclass('accounts') IS NOT NULL AS present");
      step(applied.code !== 0 && /DROP TABLE accounts/.test(applied.summary) && accounts[0].present, `7. a migration added after approval (DROP TABLE accounts) was refused at the wire endpoint: ${errorOf(applied).slice(0, 160)}`);
    } else print("- 6\u20137. skipped: node-pg-migrate is not installed (a dev dependency: run the demo from a clone after npm ci)");
    const verified = await gateway.audit.verify(gateway.auditKeys);
    step(verified.problems.length === 0, `8. audit verify: ${verified.problems.length === 0 ? "intact" : "TAMPERED"}, ${verified.records} records (token exchanges, refusals, every statement and result), sealed by the gateway's audit key through record ${verified.sealedThrough}`);
    print(`${failures === 0 ? "demo complete" : `demo FAILED (${failures} step${failures === 1 ? "" : "s"})`} in ${((Date.now() - started) / 1e3).toFixed(1)}s`);
    return failures === 0 ? 0 : 1;
  } finally {
    await gateway?.close();
    await issuer.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
export {
  runDemo
};
