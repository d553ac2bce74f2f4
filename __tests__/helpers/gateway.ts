/** Runs the built gateway as a process (`node dist/cli.js gateway`) with a config file, as an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CLI, ROOT, tempDir } from './run.js';

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

export async function startGatewayProcess(config: Record<string, unknown>, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const dir = tempDir('mg-gw-');
  const configPath = join(dir, 'gateway.yml');
  writeFileSync(configPath, stringify(config));
  const child: ChildProcess = spawn(process.execPath, [CLI, 'gateway', '--config', configPath, '--port', '0'], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${stdout}\n${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (https?:\/\/\S+)/.exec(stdout);
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
