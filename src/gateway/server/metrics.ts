/**
 * Prometheus metrics for `GET /metrics` (prom-client), one registry per gateway. Labels are small closed sets
 * (outcomes, refusal reasons): never a token, a statement or an identity.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly exchanges = new Counter({ name: 'mg_token_exchanges_total', help: 'Token exchanges by outcome', labelNames: ['outcome'], registers: [this.registry] });
  readonly statements = new Counter({ name: 'mg_statements_total', help: 'Planned statements by outcome (ok, failed, rolled_back, not_run, skipped)', labelNames: ['outcome'], registers: [this.registry] });
  readonly refusals = new Counter({ name: 'mg_refusals_total', help: 'Refused requests by reason', labelNames: ['reason'], registers: [this.registry] });
  readonly reviewWait = new Histogram({
    name: 'mg_review_wait_seconds',
    help: 'Time from a review request to the reviewer decision',
    buckets: [10, 60, 300, 900, 1800, 3600],
    registers: [this.registry],
  });
  readonly auditAppend = new Histogram({
    name: 'mg_audit_append_seconds',
    help: 'Latency of appending records to the audit chain',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly requests = new Histogram({
    name: 'mg_http_request_seconds',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'mg_process_' });
  }
}
