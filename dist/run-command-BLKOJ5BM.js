import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);
import {
  getIDToken,
  planChangedMessage,
  runThroughWire,
  setSecret,
  wireFailureMessage
} from "./chunk-5MZWYRW4.js";
import {
  INSECURE_WARNING,
  ReferenceGatewayClient,
  gatewayTrust
} from "./chunk-HCAAJB6S.js";
import "./chunk-TQCHCEE6.js";
import "./chunk-HHNHS3CX.js";
import {
  runScan
} from "./chunk-F72355UY.js";
import {
  EXIT,
  GatewayError,
  InputError,
  TOOLS,
  isMigrationTool,
  planOf
} from "./chunk-QSGYCVYZ.js";
import "./chunk-IL3JVSOA.js";
import "./chunk-3HL5GMKQ.js";
import "./chunk-LF3FUY2S.js";

// src/cli/run-command.ts
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { tmpdir } from "node:os";
var USAGE = "usage: migration-guard run [MIGRATIONS ...] --gateway URL --connection NAME --plan-digest D [--config FILE] [--tool TOOL] [--audience A] [--ca-file PEM] [--insecure-skip-tls-verify] -- <command>";
async function runCommand(args, io) {
  const separator = args.indexOf("--");
  if (separator < 0 || separator === args.length - 1) throw new InputError(`the migration tool's command goes after --
${USAGE}`);
  const command = args.slice(separator + 1);
  const { values, positionals } = parseArgs({
    args: args.slice(0, separator),
    allowPositionals: true,
    options: {
      gateway: { type: "string" },
      connection: { type: "string" },
      "plan-digest": { type: "string" },
      config: { type: "string" },
      tool: { type: "string" },
      audience: { type: "string" },
      "review-timeout": { type: "string", default: "30" },
      "ca-file": { type: "string" },
      "insecure-skip-tls-verify": { type: "boolean" },
      debug: { type: "boolean" }
    }
  });
  if (!values.gateway || !values.connection || !values["plan-digest"]) throw new InputError(`--gateway, --connection and --plan-digest are required
${USAGE}`);
  if (values.tool !== void 0 && !isMigrationTool(values.tool)) throw new InputError(`--tool ${values.tool}: expected one of ${TOOLS.join(", ")}.`);
  const reviewTimeout = Number(values["review-timeout"]);
  if (!Number.isFinite(reviewTimeout) || reviewTimeout <= 0) throw new InputError("--review-timeout: expected a number of minutes");
  const report = await runScan({ cwd: io.cwd, patterns: positionals, config: values.config, tool: values.tool, onProgress: (m) => io.stderr(`migration-guard: ${m}
`) });
  if (report.planDigest !== values["plan-digest"]) throw new InputError(planChangedMessage(report, { planDigest: values["plan-digest"] }));
  if (report.verdict === "block") throw new InputError("the plan is blocked: nothing runs. Change the statements or add a valid exemption, then plan again.");
  const trust = gatewayTrust(values["ca-file"], values["insecure-skip-tls-verify"] ?? false, tmpdir());
  if (trust.insecure) io.stderr(`migration-guard: warning: ${INSECURE_WARNING}
`);
  const client = new ReferenceGatewayClient({ url: values.gateway, trust, log: (line) => io.stderr(`migration-guard: ${line}
`) });
  const idToken = await oidcToken(values.audience ?? values.gateway);
  const session = await client.exchange({ idToken, connection: values.connection, planDigest: report.planDigest, verdict: report.verdict, scope: "wire" });
  const statements = report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, line: s.line, sql: s.sql, digest: s.digest })));
  const { outcome, exitCode } = await runThroughWire({
    client,
    session,
    connection: values.connection,
    planDigest: report.planDigest,
    statements,
    extras: planOf(report.dialect, report.files),
    command: command.join(" "),
    trust,
    reviewTimeoutMinutes: reviewTimeout,
    log: (line) => io.stderr(`migration-guard: ${line}
`),
    runCommand: (_, env) => spawnCommand(command, env, io.cwd)
  });
  io.stdout(`${outcome.status}: ${outcome.message}
`);
  if (outcome.auditSeq !== void 0 && outcome.auditHash) io.stdout(`audit head: ${outcome.auditSeq}:${outcome.auditHash}
`);
  for (const r of outcome.refused ?? []) io.stdout(`refused (${r.rule}): ${r.sql} \u2014 ${r.reason}
`);
  for (const u of outcome.unrun ?? []) io.stdout(`never ran: ${u.path}: ${u.sql.replace(/\s+/g, " ").slice(0, 120)}
`);
  const failure = wireFailureMessage(outcome, exitCode);
  if (failure) {
    io.stderr(`migration-guard: ${failure}
`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
function spawnCommand(command, env, cwd) {
  const [program, ...rest] = command;
  const child = command.length === 1 ? spawn(program, { shell: true, stdio: "inherit", env: { ...process.env, ...env }, cwd }) : spawn(program, rest, { stdio: "inherit", env: { ...process.env, ...env }, cwd });
  return new Promise((done, fail) => {
    child.once("error", (error) => fail(new InputError(`could not start ${program}: ${error.message}`)));
    child.once("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}
async function oidcToken(audience) {
  const fromEnv = process.env.MIGRATION_GUARD_ID_TOKEN;
  if (fromEnv) return fromEnv;
  if (process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    try {
      const token = await getIDToken(audience);
      setSecret(token);
      return token;
    } catch (error) {
      throw new GatewayError(`could not get an OIDC token from GitHub for audience ${audience}: ${error.message}`, "oidc");
    }
  }
  throw new InputError("no OIDC token: set MIGRATION_GUARD_ID_TOKEN to an OIDC token the gateway trusts (your CI issues one), or run inside GitHub Actions with `id-token: write`");
}
export {
  runCommand
};
