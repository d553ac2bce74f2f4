/** What the migration tool's environment gets for a wire session: libpq's variables and one URL, nothing else. */
import { describe, expect, it } from 'vitest';
import { wireEnvironment } from '../../src/gateway/client/wire-run.js';

describe('wireEnvironment', () => {
  it('points DATABASE_URL and PG* at the endpoint, with the token as password, URL-encoded', () => {
    const env = wireEnvironment('gw.example.com', { port: 6432, tls: true, database: 'prod', user: 'session' }, 'a.b/c+d=');
    expect(env).toEqual({
      DATABASE_URL: 'postgresql://session:a.b%2Fc%2Bd%3D@gw.example.com:6432/prod?sslmode=require',
      PGHOST: 'gw.example.com',
      PGPORT: '6432',
      PGUSER: 'session',
      PGPASSWORD: 'a.b/c+d=',
      PGDATABASE: 'prod',
      PGSSLMODE: 'require',
    });
    expect(new URL(env.DATABASE_URL!).password).toBe('a.b%2Fc%2Bd%3D');
  });

  it('brackets an IPv6 host in the URL and disables TLS only for an endpoint without it', () => {
    const env = wireEnvironment('::1', { port: 5433, tls: false, database: 'app', user: 'session' }, 't');
    expect(env.DATABASE_URL).toBe('postgresql://session:t@[::1]:5433/app?sslmode=disable');
    expect(env.PGHOST).toBe('::1');
  });
});
