/**
 * A real PostgreSQL server for tests: Debian's postgresql binaries, initialised and started in a
 * temporary directory on a free loopback port. Shared with the benchmarks (bench/lib/pg-server.mjs).
 */
export { startPostgres, type PostgresServer } from '../../bench/lib/pg-server.mjs';
