/**
 * The throwaway database a rehearsal on a `shadow-url` server runs in (PostgreSQL or MySQL/MariaDB alike): created
 * under a random name by the admin connection, reached at the same URL with that database's name.
 */
import { randomBytes } from 'node:crypto';

interface AdminConnection {
  query(sql: string): Promise<unknown>;
  end(): Promise<unknown>;
}

/** Creates the database; on failure closes the admin connection and says so. */
export async function createShadowDatabase(admin: AdminConnection, url: string): Promise<{ name: string; url: string }> {
  const name = `mg_shadow_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw new Error(`cannot create a shadow database on the shadow-url server: ${(error as Error).message}`);
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { name, url: target.toString() };
}
