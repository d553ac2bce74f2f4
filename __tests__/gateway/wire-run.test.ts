/** What the migration tool's environment gets for a wire session: libpq's variables and one URL, nothing else. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wireEnvironment } from '../../src/gateway/client/wire-run.js';
import { gatewayTrust } from '../../src/gateway/client/trust.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('wireEnvironment', () => {
  it('points DATABASE_URL and PG* at the endpoint, with the token as password, URL-encoded, verifying the endpoint against the CA given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-ca-'));
    writeFileSync(join(dir, 'ca.pem'), PEM);
    const env = wireEnvironment('gw.example.com', { port: 6432, tls: true, database: 'prod', user: 'session' }, 'a.b/c+d=', gatewayTrust(join(dir, 'ca.pem'), false, dir));
    const root = encodeURIComponent(join(dir, 'ca.pem'));
    expect(env).toEqual({
      DATABASE_URL: `postgresql://session:a.b%2Fc%2Bd%3D@gw.example.com:6432/prod?sslmode=verify-full&sslrootcert=${root}`,
      PGHOST: 'gw.example.com',
      PGPORT: '6432',
      PGUSER: 'session',
      PGPASSWORD: 'a.b/c+d=',
      PGDATABASE: 'prod',
      PGSSLMODE: 'verify-full',
      PGSSLROOTCERT: join(dir, 'ca.pem'),
    });
    expect(new URL(env.DATABASE_URL!).password).toBe('a.b%2Fc%2Bd%3D');
  });

  it('takes the CA as PEM text too (a secret), written to a file libpq can read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-ca-'));
    const env = wireEnvironment('gw.example.com', { port: 6432, tls: true, database: 'prod', user: 'session' }, 't', gatewayTrust(PEM, false, dir));
    expect(env.PGSSLROOTCERT).toBe(join(dir, 'migration-guard-gateway-ca.pem'));
    expect(() => gatewayTrust('not a pem', false, dir)).toThrow(/cannot be read|no PEM certificate/);
  });

  it("without a CA verifies against the system's bundle; only the explicit opt-out sends the token unverified", () => {
    const endpoint = { port: 6432, tls: true, database: 'prod', user: 'session' };
    expect(wireEnvironment('gw.example.com', endpoint, 't', { insecure: false })).toMatchObject({ PGSSLMODE: 'verify-full', PGSSLROOTCERT: expect.stringMatching(/ca-certificates\.crt|ca-bundle\.crt|cert\.pem/) });
    const insecure = wireEnvironment('gw.example.com', endpoint, 't', { insecure: true });
    expect(insecure.PGSSLMODE).toBe('require');
    expect(insecure.PGSSLROOTCERT).toBeUndefined();
  });

  it('brackets an IPv6 host in the URL and disables TLS only for an endpoint without it', () => {
    const env = wireEnvironment('::1', { port: 5433, tls: false, database: 'app', user: 'session' }, 't', { insecure: false });
    expect(env.DATABASE_URL).toBe('postgresql://session:t@[::1]:5433/app?sslmode=disable');
    expect(env.PGHOST).toBe('::1');
  });

  it('for a MySQL endpoint: a mysql:// URL (tls=true when the endpoint has TLS) and the variables the mariadb client reads', () => {
    const env = wireEnvironment('gw.example.com', { protocol: 'mysql', port: 3307, tls: true, database: 'shop', user: 'session' }, 'a/b+c', { insecure: false, caFile: '/etc/ca.pem' });
    expect(env).toEqual({ DATABASE_URL: 'mysql://session:a%2Fb%2Bc@gw.example.com:3307/shop?tls=true', MYSQL_HOST: 'gw.example.com', MYSQL_TCP_PORT: '3307', MYSQL_PWD: 'a/b+c', MYSQL_DATABASE: 'shop', MG_WIRE_CA: '/etc/ca.pem' });
    expect(wireEnvironment('127.0.0.1', { protocol: 'mysql', port: 3307, tls: false, database: 'shop', user: 'session' }, 't', { insecure: false }).DATABASE_URL).toBe('mysql://session:t@127.0.0.1:3307/shop');
  });
});
