/** The CLI adapter: parse arguments, run a command, map outcomes to exit codes (README, "Exit codes"). */
import { writeFile } from 'node:fs/promises';
import { todayOf } from '../policy/dates.js';
import { policyJsonSchema } from '../policy/schema.js';
import { formatSize, MAX_FILE_BYTES_CEILING, parseSize } from '../policy/size.js';
import { parseArgs } from 'node:util';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { normalizeDialect } from '../scan/types.js';
import { TOOL_VERSION } from '../version.js';
import { failsOn, parseFailOn } from '../core/fail-on.js';
import { isMigrationTool, TOOLS, type MigrationTool } from '../plan/tools.js';
import { EXIT, failureOf, InputError } from '../errors.js';
import { loadPolicy } from '../workspace/policy-file.js';
import { runScan } from '../workspace/plan-run.js';
import { exemptionsCommand } from './exemptions-list.js';
import { renderRulesMarkdown, renderRulesText } from './rules-doc.js';
import { didYouMean } from '../config/did-you-mean.js';
import { RULES, ruleById } from '../scan/rules/catalog.js';

export { EXIT };

const USAGE = `Usage: migration-guard <command> [options]

Commands:
  demo                   Run the whole loop locally: plan, approval, gateway, audit
  scan [PATH|GLOB ...]   Scan migration files and report findings
  rules [RULE ...] [--format text|markdown]
                         List the rule catalog, or say what each RULE catches, why, and what to do instead
  policy check [--config FILE]
                         Validate the policy file (exit 2 when invalid)
  policy schema          Print the policy file's JSON Schema
  exemptions list [--config FILE] [--format text|json]
                         Every exemption with owner, days left and state;
                         exit 1 when any has expired
  gateway --config gateway.yml [--port N] [--log-format json|text]
                         Run the reference gateway (records as JSON lines on stderr; json: start-up lines too)
  gateway reviewer-token Make a reviewer credential and its hash for the config
  gateway test-issuer --audience AUD [--repository R] [--environment E] [--claims JSON] [--port N]
                         FOR TESTING ONLY: a local OIDC issuer, its config lines and tokens, to try a gateway before
                         GitHub is wired
  gateway health --config gateway.yml [--port N]
                         Probe the gateway's listeners as configured (TLS included): exit 1 if one fails
  gateway new-encryption-key
                         Print a new key-encryption key (for keys.encryption-key-file)
  gateway rotate-encryption-key --config gateway.yml --new-key-file FILE
                         Re-seal the store's keys with a new key-encryption key
  gateway rotate-key --config gateway.yml
                         Store a new session-signing key (replicas sign with it within sessions.key-reload seconds)
  gateway retire-key KID --config gateway.yml
                         Retire a session-signing key: replicas stop signing with it and refuse what it signed
  session list|revoke --config gateway.yml [SESSION --reason TEXT] [--connection NAME] [--all]
                         The open sessions of a deployment; revoke one (its token refused, its run or connections ended)
  audit verify|export|key|prune --config gateway.yml [--format jsonl] [--after-seq N] [--follow]
        [--through-seq N] [--public-key FILE] [--witness SEQ:HASH]
                         Check the sealed audit chain (exit 1 if tampered), export it (--follow: as records commit,
                         resumable with --after-seq), print its public keys, or prune it through a checkpoint
  ledger list|verify --config gateway.yml [--connection NAME] [MIGRATIONS ...]
                         What a connection's database has applied; verify: exit 1 if an applied file changed
  run [MIGRATIONS ...] --gateway URL --connection NAME --plan-digest D -- <command>
                         Apply with your migration tool through the gateway's wire endpoint
                         (OIDC token in MIGRATION_GUARD_ID_TOKEN, or GitHub's runner)
  review approve|reject|show <session> --gateway URL [--comment TEXT]
                         Gateway-side review (token in MIGRATION_GUARD_REVIEWER_TOKEN)

Scan options:
  --dialect D            postgres (default), mysql, mariadb, sqlite
  --config FILE          Policy file (default .github/migration-guard.yml)
  --format F             text (default), compact (one line per finding), json, sarif, markdown
  --explain              With each finding in text: why the rule matters, what to do instead, how to opt out
  --output FILE          Write the report to FILE instead of stdout
  --fail-on LEVEL        approval (default), block, none
  --base GIT_REF         Only scan files changed since GIT_REF
  --max-file-size SIZE   Largest file to scan (default 5MiB, or the policy's max-file-size)
  --rehearse MODE        auto (default, or the policy's rehearse): run the change on a shadow database built from
                         the earlier migrations and judge what it does; required (not rehearsed is a finding); off
  --shadow-url URL       A throwaway PostgreSQL server to rehearse on instead of the embedded PGlite
  --tool TOOL            The migration tool that applies the files (policy key tool): prisma, flyway, golang-migrate,
                         dbmate, node-pg-migrate, sqitch, rails, alembic, knex, none; only what it runs is scanned
  --debug                Show stack traces on internal errors

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or a refusal by the gateway),
2 usage, configuration or input error, 3 internal error (a bug: please report it).
`;

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/**
 * `migration-guard <command> --help` (or `help <command>`): that command's part of the usage, its options for scan,
 * and the exit codes. Only before a `--`: what follows it is another program's (run -- psql --help).
 */
export function commandHelp(command: string): string | undefined {
  const lines = USAGE.split('\n');
  const commands = lines.slice(lines.indexOf('Commands:') + 1, lines.indexOf('Scan options:'));
  const entries: string[][] = [];
  for (const line of commands) {
    if (/^ {2}\S/.test(line)) entries.push([line]);
    else if (/^ {3,}\S/.test(line)) entries[entries.length - 1]?.push(line);
  }
  const own = entries.filter((entry) => entry[0]!.trim().split(/\s+/)[0] === command).flat();
  if (!own.length) return undefined;
  const options = command === 'scan' ? ['', ...lines.slice(lines.indexOf('Scan options:'), lines.findIndex((l) => l.startsWith('Exit codes:')) - 1)] : [];
  const exits = lines.slice(lines.findIndex((l) => l.startsWith('Exit codes:'))).filter(Boolean);
  return [`Usage: migration-guard ${command} …`, '', ...own, ...options, '', ...exits, ''].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  const debug = rest.includes('--debug');
  const beforeSeparator = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  const helpFor = command === 'help' ? rest[0] : beforeSeparator.some((a) => a === '--help' || a === '-h') ? command : undefined;
  if (helpFor) {
    const help = commandHelp(helpFor);
    if (help) {
      io.stdout(help);
      return EXIT.ok;
    }
  }
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'policy':
        return await policyCommand(rest, io);
      // The gateway, its embedded PostgreSQL and the demo load only when asked for: scans start faster and lighter.
      case 'demo':
        return await (await import('../demo/demo.js')).runDemo((line) => io.stdout(`${line}\n`));
      case 'gateway':
        return await (await import('./gateway-commands.js')).gatewayCommand(rest, io);
      case 'audit':
        return await (await import('./gateway-commands.js')).auditCommand(rest, io);
      case 'review':
        return await (await import('./gateway-commands.js')).reviewCommand(rest, io);
      case 'ledger':
        return await (await import('./gateway-commands.js')).ledgerCommand(rest, io);
      case 'session':
        return await (await import('./operator-commands.js')).sessionCommand(rest, io);
      case 'run':
        return await (await import('./run-command.js')).runCommand(rest, io);
      case 'exemptions':
        if (rest[0] !== 'list') throw new InputError('usage: migration-guard exemptions list [--config FILE] [--format text|json]');
        return await exemptionsCommand(rest.slice(1), io);
      case '--version':
      case '-v':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        io.stderr(`migration-guard: unknown command "${command}".\n\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    const failure = failureOf(error);
    const hint = !failure.internal ? '' : debug ? `${(error as Error).stack}\n` : 'Run again with --debug for a stack trace, and report it.\n';
    io.stderr(`migration-guard: ${failure.message}\n${hint}`);
    return failure.exitCode;
  }
}

async function scanCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dialect: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'approval' },
      base: { type: 'string' },
      'max-file-size': { type: 'string' },
      tool: { type: 'string' },
      rehearse: { type: 'string' },
      'shadow-url': { type: 'string' },
      explain: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  const rehearse = values.rehearse;
  if (rehearse !== undefined && rehearse !== 'auto' && rehearse !== 'required' && rehearse !== 'off') throw new InputError(`--rehearse ${rehearse}: expected auto, required or off.`);
  if (values['shadow-url'] !== undefined && !/^(postgres(ql)?|mysql):\/\//.test(values['shadow-url'])) throw new InputError('--shadow-url: expected a postgres:// or mysql:// URL of a throwaway server.');
  const maxFileBytes = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
  if (values['max-file-size'] !== undefined && maxFileBytes === undefined) {
    throw new InputError(`--max-file-size ${values['max-file-size']}: expected a size such as "50MiB", at most ${formatSize(MAX_FILE_BYTES_CEILING)}.`);
  }
  const dialect = values.dialect === undefined ? undefined : normalizeDialect(values.dialect);
  if (values.dialect !== undefined && !dialect) throw new InputError(`--dialect ${values.dialect}: expected postgres, mysql, mariadb or sqlite.`);
  const format = values.format!;
  if (!['text', 'compact', 'json', 'sarif', 'markdown'].includes(format)) throw new InputError(`--format ${format}: expected text, compact, json, sarif or markdown.`);
  const failOn = parseFailOn(values['fail-on']!, '--fail-on');
  if (values.tool !== undefined && !isMigrationTool(values.tool)) throw new InputError(`--tool ${values.tool}: expected one of ${TOOLS.join(', ')}.`);
  const tool = values.tool as MigrationTool | undefined;
  const report = await runScan({
    cwd: io.cwd,
    patterns: positionals,
    dialect,
    config: values.config,
    base: values.base,
    maxFileBytes,
    tool,
    ...(rehearse ? { rehearse } : {}),
    ...(values['shadow-url'] ? { shadowUrl: values['shadow-url'] } : {}),
    onProgress: (message) => io.stderr(`migration-guard: ${message}\n`),
  });
  const rendered = render(report, format, { color: io.isTTY && !values.output, today: todayOf(), explain: values.explain === true });
  if (values.output) await writeFile(values.output, rendered);
  else io.stdout(rendered);
  return failsOn(report.verdict, failOn) ? EXIT.findings : EXIT.ok;
}

function render(report: Report, format: string, options: { color: boolean; today: string; explain: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'markdown':
      return renderMarkdown(report, { today: options.today });
    case 'compact':
      return renderText(report, { ...options, compact: true });
    default:
      return renderText(report, options);
  }
}

function rulesCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, debug: { type: 'boolean' } } });
  if (positionals.length) {
    // `rules RULE …`: what each rule catches, why it matters and what to do instead.
    for (const id of positionals) {
      const rule = ruleById(id);
      if (!rule) throw new InputError(`no rule ${id}${didYouMean(id, RULES.map((r) => r.id))}; \`migration-guard rules\` lists them.`);
      io.stdout(`${rule.id}  (${rule.category}, default ${rule.severity})\n  ${rule.title}\n  why: ${rule.why}\n  instead: ${rule.alternative}\n`);
    }
    return EXIT.ok;
  }
  if (values.format === 'markdown') io.stdout(renderRulesMarkdown());
  else if (values.format === 'text') io.stdout(renderRulesText());
  else throw new InputError(`--format ${values.format}: expected text or markdown.`);
  return EXIT.ok;
}

async function policyCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { config: { type: 'string' }, debug: { type: 'boolean' } } });
  if (positionals[0] === 'schema') {
    io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (positionals[0] !== 'check') throw new InputError('usage: migration-guard policy check|schema [--config FILE]');
  const policy = await loadPolicy(io.cwd, values.config, todayOf());
  if (policy.source === 'defaults') {
    io.stdout('no policy file found (.github/migration-guard.yml): the catalog defaults apply\n');
    return EXIT.ok;
  }
  io.stdout(
    `${policy.source}: valid (dialect ${policy.dialect ?? 'postgres (default)'}, ${Object.keys(policy.rules).length} rule overrides, ` +
      `${policy.overrides.length} path overrides, ${policy.exemptions.length} exemptions, inline exemptions ${policy.inlineExemptions ? 'honoured' : 'ignored'})\n`,
  );
  return EXIT.ok;
}
