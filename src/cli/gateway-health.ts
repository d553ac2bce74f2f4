/**
 * `migration-guard gateway health --config FILE`: probes the gateway's listeners as the config sets them up — HTTPS
 * (or HTTP on loopback) for /healthz, and each wire endpoint's SSL negotiation — the way a container's HEALTHCHECK
 * needs. With TLS, the certificate presented must be the configured one (pinned: the probe connects to a loopback
 * address, which the certificate need not name).
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { GatewayConfig } from '../gateway/server/config.js';

const TIMEOUT_MS = 5000;

export interface Probe {
  what: string;
  ok: boolean;
  detail: string;
}

/** A wildcard listen address is probed on loopback. */
function probeHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '::1';
  return host;
}

function certificateDer(path: string): Buffer {
  return new X509Certificate(readFileSync(path)).raw;
}

export async function probeGateway(config: GatewayConfig, port = config.port): Promise<Probe[]> {
  const probes = [await probeHttp(config, port)];
  for (const connection of config.connections) {
    if (connection.wire && connection.wire.port !== 0) probes.push(await probeWire(connection.name, probeHost(connection.wire.host), connection.wire.port, connection.wire.tls?.cert));
  }
  return probes;
}

function probeHttp(config: GatewayConfig, port: number): Promise<Probe> {
  const host = probeHost(config.host);
  const url = `${config.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
  const pinned = config.tls ? certificateDer(config.tls.cert) : undefined;
  return new Promise((done) => {
    const finish = (ok: boolean, detail: string) => done({ what: `http ${url}`, ok, detail });
    const req = (config.tls ? httpsRequest : httpRequest)(url, { method: 'GET', timeout: TIMEOUT_MS, ...(config.tls ? { rejectUnauthorized: false } : {}) }, (res) => {
      const presented = (res.socket as TLSSocket).getPeerCertificate?.()?.raw;
      res.resume();
      if (pinned && !(presented && pinned.equals(presented))) return finish(false, 'the certificate presented is not the configured listen.tls.cert');
      finish(res.statusCode === 200, `HTTP ${res.statusCode}`);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000}s`)));
    req.on('error', (error: NodeJS.ErrnoException) => finish(false, error.code ?? error.message));
    req.end();
  });
}

/** An SSLRequest: the endpoint answers S (TLS, then the configured certificate) or N (loopback without TLS). */
function probeWire(name: string, host: string, port: number, certPath: string | undefined): Promise<Probe> {
  const what = `wire ${name} ${host.includes(':') ? `[${host}]` : host}:${port}`;
  return new Promise((done) => {
    let settled = false;
    const socket: Socket = tcpConnect({ host, port });
    const finish = (ok: boolean, detail: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done({ what, ok, detail });
    };
    socket.setTimeout(TIMEOUT_MS, () => finish(false, `no answer within ${TIMEOUT_MS / 1000}s`));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(false, error.code ?? error.message));
    socket.on('connect', () => {
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4);
      socket.write(request);
    });
    socket.once('data', (answer: Buffer) => {
      const code = String.fromCharCode(answer[0] ?? 0);
      if (!certPath) return finish(code === 'N', code === 'N' ? 'answers (no TLS, loopback)' : `unexpected answer ${JSON.stringify(code)}`);
      if (code !== 'S') return finish(false, 'TLS is configured but the endpoint does not offer it');
      socket.removeAllListeners('data');
      const secure = tlsConnect({ socket, rejectUnauthorized: false }, () => {
        const presented = secure.getPeerCertificate()?.raw;
        const ok = !!presented && certificateDer(certPath).equals(presented);
        secure.destroy();
        finish(ok, ok ? 'answers with TLS and the configured certificate' : 'the certificate presented is not the configured wire.tls.cert');
      });
      secure.on('error', (error: NodeJS.ErrnoException) => finish(false, error.code ?? error.message));
    });
  });
}
