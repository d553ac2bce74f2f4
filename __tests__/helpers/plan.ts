/** Builds a plan (digest and statements) the way the plan step does, for tests that talk to the gateway directly. */
import { evaluate } from '../../src/core/evaluate.js';
import { planOf, type ApprovedEffect } from '../../src/plan/plan.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { rehearsalOf } from '../../src/workspace/rehearsal.js';
import type { Dialect } from '../../src/scan/types.js';

export interface TestPlan {
  digest: string;
  verdict: string;
  statements: Array<{ path: string; sql: string; digest: string }>;
  /** The effects its rehearsal showed that reviewers approve with it (empty without a history). */
  effects: ApprovedEffect[];
}

/** `history`: earlier migrations to rehearse the files on (the embedded PGlite), as the plan step does. */
export async function planFor(files: Record<string, string>, history?: Record<string, string>, dialect: Dialect = 'postgres'): Promise<TestPlan> {
  const sources = Object.entries(files).map(([path, text]) => ({ path, text }));
  const rehearse = history ? rehearsalOf({ policy: DEFAULT_POLICY, dialect, history: async () => Object.entries(history).map(([path, text]) => ({ path, text })) }) : undefined;
  const report = await evaluate({ sources, policy: DEFAULT_POLICY, dialect, today: '2026-01-01', ...(rehearse ? { rehearse } : {}) });
  return {
    digest: report.planDigest,
    verdict: report.verdict,
    statements: report.files.flatMap((f) => f.statements.map((s) => ({ path: f.path, sql: s.sql, digest: s.digest }))),
    effects: planOf(report.dialect, report.files).effects,
  };
}

const planBody = (plan: TestPlan, statements: TestPlan['statements']) => JSON.stringify({ plan_digest: plan.digest, statements, ...(plan.effects.length ? { effects: plan.effects } : {}) });

export async function exchange(gateway: string, subjectToken: string, params: { audience: string; plan: TestPlan; verdict?: string; scope?: 'exec' | 'wire' }) {
  const response = await fetch(`${gateway}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: subjectToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      audience: params.audience,
      scope: params.scope ?? 'exec',
      plan_digest: params.plan.digest,
      verdict: params.verdict ?? params.plan.verdict,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

export async function exec(gateway: string, connection: string, accessToken: string, plan: TestPlan, statements = plan.statements) {
  const response = await fetch(`${gateway}/v1/connections/${connection}/exec`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: planBody(plan, statements),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { results: Array<Record<string, unknown>> } };
}

/** Opens a wire session for the plan: the session's port and the token the client uses as password. */
export async function openWire(gateway: string, connection: string, accessToken: string, plan: TestPlan, statements = plan.statements) {
  const response = await fetch(`${gateway}/v1/connections/${connection}/wire`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: planBody(plan, statements),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { wire?: { port: number; tls: boolean; database: string; user: string } } };
}

export async function endWire(gateway: string, connection: string, accessToken: string) {
  const response = await fetch(`${gateway}/v1/connections/${connection}/wire/end`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { results: Array<Record<string, unknown>>; refused: Array<Record<string, string>>; unrun: Array<Record<string, unknown>> } };
}
