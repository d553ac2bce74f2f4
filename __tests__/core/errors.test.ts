/** One error hierarchy: every deliberate error has a stable code and an exit code; anything else is internal (exit 3). */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, EXIT, failureOf, GatewayError, InputError, MigrationGuardError, OAuthError } from '../../src/errors.js';
import { parsePolicy } from '../../src/policy/policy.js';

describe('error hierarchy', () => {
  it('gives each error class a stable code, an exit code and its own name', () => {
    const cases: Array<[MigrationGuardError, string, number]> = [
      [new InputError('bad path'), 'ERR_INPUT', EXIT.usage],
      [new ConfigError('policy.yml', 3, 5, 'unknown key'), 'ERR_CONFIG', EXIT.usage],
      [new GatewayError('refused', 'access_denied'), 'ERR_GATEWAY', EXIT.findings],
      [new OAuthError('invalid_grant', 'expired'), 'ERR_OAUTH', EXIT.usage],
    ];
    for (const [error, code, exitCode] of cases) {
      expect(error).toBeInstanceOf(MigrationGuardError);
      expect(error.code).toBe(code);
      expect((error.constructor as typeof MigrationGuardError).code).toBe(code);
      expect(failureOf(error)).toEqual({ message: error.message, exitCode, internal: false });
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('raises ConfigError with file, line and column from the policy parser', () => {
    let caught: unknown;
    try {
      parsePolicy('version: 1\nrulez: {}\n', '.github/migration-guard.yml', { today: '2026-11-27' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).line).toBe(2);
    expect((caught as Error).message).toMatch(/^\.github\/migration-guard\.yml:2:1: /);
  });

  it('maps argument errors to usage and anything unexpected to internal (exit 3, not 2)', () => {
    let argumentError: unknown;
    try {
      parseArgs({ args: ['--nope'], options: {} });
    } catch (error) {
      argumentError = error;
    }
    expect(failureOf(argumentError).exitCode).toBe(EXIT.usage);
    const bug = failureOf(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(bug).toMatchObject({ exitCode: EXIT.internal, internal: true });
    expect(bug.message).toMatch(/^internal error: /);
  });
});
