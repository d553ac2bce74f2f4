/**
 * Every error migration-guard raises on purpose descends from MigrationGuardError: a stable `code` for
 * programs (in the style of jose's errors), a message that says what to do, and the exit code the CLI ends
 * with. Anything else that reaches the top is an internal error: a bug, with its own exit code.
 */

/** The CLI's exit codes (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Findings at or above --fail-on (scan), an expired exemption (exemptions list), a refusal or failure at the gateway. */
  findings: 1,
  /** Usage, configuration or input error: what the user gave us cannot be used. */
  usage: 2,
  /** A bug in migration-guard: report it. */
  internal: 3,
} as const;

export class MigrationGuardError extends Error {
  static code = 'ERR_MIGRATION_GUARD';
  code = 'ERR_MIGRATION_GUARD';
  /** The exit code the CLI ends with when this error stops a command. */
  exitCode: number = EXIT.usage;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = this.constructor.name;
  }
}

/** What the user gave us (arguments, inputs, paths, files) cannot be used; the message says what to change. */
export class InputError extends MigrationGuardError {
  static override code = 'ERR_INPUT';
  override code = 'ERR_INPUT';
}

/** A configuration file (policy, gateway config) is invalid: the message names file, line and column. */
export class ConfigError extends MigrationGuardError {
  static override code = 'ERR_CONFIG';
  override code = 'ERR_CONFIG';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(line > 0 ? `${file}:${line}:${column}: ${detail}` : `${file}: ${detail}`);
  }
}

/** Every problem of a configuration file at once (each with its line), so one edit can fix them all. */
export class ConfigErrors extends ConfigError {
  constructor(readonly errors: readonly ConfigError[]) {
    const [first] = errors;
    super(first!.file, first!.line, first!.column, '');
    this.message = `${errors.length} problems:\n${errors.map((e) => `  ${e.message}`).join('\n')}`;
  }
}

/** A gateway refused, failed or could not be reached (client side); `reason` is its RFC 6749 error or HTTP status. */
export class GatewayError extends MigrationGuardError {
  static override code = 'ERR_GATEWAY';
  override code = 'ERR_GATEWAY';
  override exitCode: number = EXIT.findings;

  constructor(
    message: string,
    readonly reason: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

/** RFC 6749 error codes the reference gateway answers with. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_grant' | 'invalid_target' | 'invalid_scope' | 'unsupported_grant_type' | 'access_denied' | 'invalid_token' | 'server_error';

/** A refusal by the reference gateway (server side): the OAuth error and a description that never holds a token. */
export class OAuthError extends MigrationGuardError {
  static override code = 'ERR_OAUTH';
  override code = 'ERR_OAUTH';

  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }

  body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

const ARGUMENT_ERRORS = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

/** How a failure ends a run, in one place for the CLI and the action: the message to show and the exit code. */
export function failureOf(error: unknown): { message: string; exitCode: number; internal: boolean } {
  if (error instanceof MigrationGuardError) return { message: error.message, exitCode: error.exitCode, internal: false };
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ARGUMENT_ERRORS.has(code)) return { message: (error as Error).message, exitCode: EXIT.usage, internal: false };
  return { message: `internal error: ${(error as Error)?.message ?? String(error)}`, exitCode: EXIT.internal, internal: true };
}
