// A real PostgreSQL server in a temporary directory, from Debian's postgresql binaries, on a free
// loopback port (run as the postgres user when we are root). Used by the tests and the benchmarks.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/pg_ctl'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql: install Debian's postgresql (scripts/test.sh does)");
  return join(root, versions[0], 'bin');
}


export async function startPostgres() {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'mg-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const full = join(bin, cmd);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    else execFileSync(full, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start']);
  const url = (database = 'postgres', role = 'postgres') => `postgres://${role}@127.0.0.1:${port}/${database}`;
  /** Owners of the databases made by createDatabase: queries on one run as its owner, as the gateway's role would. */
  const owners = new Map();
  const query = async (sql, params = [], database = 'postgres', role = owners.get(database) ?? 'postgres') => {
    const client = new pg.Client({ connectionString: url(database, role) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  // The gateway refuses a target role that can reach the server's OS: databases belong to an ordinary role.
  await query('CREATE ROLE mg_app LOGIN');
  return {
    url,
    query,
    /** A database owned by `owner` (an ordinary login role by default), and its URL as that role. */
    async createDatabase(name, owner = 'mg_app') {
      await query(`CREATE DATABASE "${name}" OWNER "${owner}"`);
      owners.set(name, owner);
      return url(name, owner);
    },
    /** The server's log so far (with log_statement = all: every statement clients sent). */
    log() {
      return readFileSync(join(dir, 'log'), 'utf8');
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
