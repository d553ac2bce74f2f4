/** Runs the built gateway as a process (`node dist/cli.js gateway`) with a config file, as an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CLI, ROOT, tempDir } from './run.js';

/** The key-encryption key of the suite's gateways (a test secret, never a real one). */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64');

export interface GatewayProcess {
  url: string;
  configPath: string;
  pid: number;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<void>;
  /** Sends a signal; resolves with the exit code (or the signal) when the process has ended. */
  kill(signal: NodeJS.Signals): Promise<number | string>;
}

/**
 * A store that outlives the process needs a key-encryption key (keys.encryption-key-file): the tests' one is written
 * for the gateway, as an operator would (one for every gateway of the suite, so replicas and restarts on one store
 * share it), unless the config names its own or says `keys: null` (to see it refused).
 */
export async function startGatewayProcess(config: Record<string, unknown>, env: Record<string, string> = {}, args: string[] = []): Promise<GatewayProcess> {
  const dir = tempDir('mg-gw-');
  const configPath = join(dir, 'gateway.yml');
  const store = config.store as { driver?: string; 'data-dir'?: string } | undefined;
  if (config.keys === null) {
    config = { ...config };
    delete config.keys;
  } else if (!config.keys && (store?.driver === 'postgres' || store?.['data-dir'])) {
    writeFileSync(join(dir, 'encryption.key'), TEST_ENCRYPTION_KEY);
    config = { ...config, keys: { 'encryption-key-file': join(dir, 'encryption.key') } };
  }
  writeFileSync(configPath, stringify(config));
  const child: ChildProcess = spawn(process.execPath, [CLI, 'gateway', '--config', configPath, '--port', '0', ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${stdout}\n${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (https?:\/\/[^\s"]+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });
  const exited = new Promise<number | string>((done) => child.once('exit', (code, signal) => done(code ?? signal ?? -1)));
  return {
    url,
    configPath,
    pid: child.pid!,
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
