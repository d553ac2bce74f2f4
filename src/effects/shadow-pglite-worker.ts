/**
 * The PGlite shadow in a worker thread (shadow-pglite.ts starts it when a rehearsal has a time limit): each message
 * calls one method of the shadow and answers its result or its error. Ending the worker stops a running statement.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { inProcessPgliteShadow } from './shadow-pglite.js';

const { cacheDir, extensionsSql } = workerData as { cacheDir?: string; extensionsSql: string };
const shadow = (await inProcessPgliteShadow(cacheDir, extensionsSql)) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

parentPort!.on('message', ({ id, op, args }: { id: number; op: string; args: unknown[] }) => {
  const method = shadow[op];
  const run = method ? method(...args) : Promise.reject(new Error(`no shadow method ${op}`));
  run.then(
    (result) => parentPort!.postMessage({ id, result }),
    (error: Error & { code?: string }) => parentPort!.postMessage({ id, error: { message: String(error?.message ?? error), ...(error?.code ? { code: error.code } : {}) } }),
  );
});
