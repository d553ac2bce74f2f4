/**
 * Waiting on a gateway-side reviewer: says where to approve, then polls the session with growing pauses (1 s,
 * doubling, at most 30 s) until `settled` says so or the time is up. Shared by exec and wire applies.
 */
import type { ExecOutcome, GatewayClient, GatewaySession } from './gateway-client.js';

export interface ReviewWait {
  timeoutMinutes: number;
  /** Whether the session has left the state the caller waits out. */
  settled(status: string): boolean;
  log(line: string): void;
  sleep?: (ms: number) => Promise<void>;
}

/** The last outcome seen, and whether the time ran out before it settled (then nothing ran). */
export async function waitForReview(client: GatewayClient, session: GatewaySession, wait: ReviewWait): Promise<{ outcome: ExecOutcome; timedOut: boolean }> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  wait.log(`the gateway requires a reviewer for session ${session.sessionId}. Approve with:\n  ${client.reviewHint(session.sessionId)}`);
  const deadline = Date.now() + wait.timeoutMinutes * 60_000;
  let pause = 1000;
  for (;;) {
    const outcome = await client.status(session);
    if (wait.settled(outcome.status)) return { outcome, timedOut: false };
    if (Date.now() + pause > deadline) return { outcome, timedOut: true };
    wait.log(`waiting for review of session ${session.sessionId} (${outcome.status}); next check in ${Math.round(pause / 1000)}s`);
    await sleep(pause);
    pause = Math.min(pause * 2, 30_000);
  }
}

export function reviewTimeoutMessage(timeoutMinutes: number): string {
  return `no reviewer decided within ${timeoutMinutes} minutes; nothing ran. Re-run the job to ask again.`;
}
