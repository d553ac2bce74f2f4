// A real MariaDB server for tests: Debian's mariadb-server binaries, a data directory in a temporary directory, on a
// free loopback port (run as the mysql user when we are root), with a user `mg` (password `mg`) that may do anything.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


/** `options.tls`: PEM files of a server certificate and key; the server then offers TLS (clients choose). */
export async function startMariaDb(options = {}) {
  if (!existsSync('/usr/sbin/mariadbd')) throw new Error("MariaDB server binaries not found (/usr/sbin/mariadbd): install Debian's mariadb-server (scripts/test.sh does)");
  const dir = mkdtempSync(join(tmpdir(), 'mg-mariadb-'));
  const asRoot = process.getuid?.() === 0;
  const data = join(dir, 'data');
  mkdirSync(data);
  if (asRoot) {
    const [uid, gid] = [Number(execFileSync('id', ['-u', 'mysql']).toString().trim()), Number(execFileSync('id', ['-g', 'mysql']).toString().trim())];
    for (const path of [dir, data]) chownSync(path, uid, gid);
    chmodSync(dir, 0o700);
  }
  // Its temporary files go to its own directory (TMPDIR may be one the mysql user cannot write).
  const user = [...(asRoot ? ['--user=mysql'] : []), `--tmpdir=${dir}`];
  const socket = join(dir, 'mysqld.sock');
  const tlsArgs = [];
  if (options.tls) {
    // Copied where the server's user can read them (the key is private to whoever made it).
    for (const [name, from] of [['server-cert.pem', options.tls.cert], ['server-key.pem', options.tls.key]]) {
      copyFileSync(from, join(dir, name));
      if (asRoot) chownSync(join(dir, name), Number(execFileSync('id', ['-u', 'mysql']).toString().trim()), Number(execFileSync('id', ['-g', 'mysql']).toString().trim()));
    }
    tlsArgs.push(`--ssl-cert=${join(dir, 'server-cert.pem')}`, `--ssl-key=${join(dir, 'server-key.pem')}`);
  }
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { stdio: 'pipe' });
  const port = await freePort();
  const child = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1', '--skip-name-resolve', '--innodb-buffer-pool-size=32M', `--pid-file=${join(dir, 'pid')}`, ...tlsArgs, ...user], { stdio: 'ignore', detached: false });
  for (let i = 0; i < 300 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(socket)) throw new Error('MariaDB did not start within 30 s');
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', "CREATE USER 'mg'@'%' IDENTIFIED BY 'mg'; GRANT ALL ON *.* TO 'mg'@'%' WITH GRANT OPTION;"], { stdio: 'pipe' });
  return {
    port,
    url: (database = 'mysql') => `mysql://mg:mg@127.0.0.1:${port}/${database}`,
    stop() {
      child.kill('SIGTERM');
      try {
        // Until the server has shut down (it flushes InnoDB, then removes its pid file), at most 30 s.
        const pidFile = join(dir, 'pid');
        execFileSync('bash', ['-c', `for i in $(seq 1 300); do [ -e ${pidFile} ] || exit 0; sleep 0.1; done; kill -9 ${child.pid}`]);
      } finally {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
      }
    },
  };
}
