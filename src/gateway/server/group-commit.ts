/**
 * Group commit: what is submitted while a store write is in flight is written together by the next one, so N
 * concurrent requests cost one statement and one commit instead of N. Each submitter still learns its own
 * outcome only once its write is committed.
 */
export class GroupCommit<Item, Result> {
  private readonly pending: Array<{ item: Item; done: (result: Result) => void; fail: (error: unknown) => void; soon: boolean }> = [];
  private flushing = false;
  private flushScheduled = false;
  private soonTimer?: NodeJS.Timeout;

  /**
   * @param write writes a group in one go and returns one result per item, in order; when it throws, each item of
   *   the group is written again on its own, so one request's item never fails another's.
   * @param soonMs the longest an item nobody waits on (`soon`) stays queued.
   */
  constructor(
    private readonly write: (items: Item[]) => Promise<Result[]>,
    private readonly soonMs = 25,
  ) {}

  /**
   * Queues an item: written by the next write, with everything else queued by then (started on the next turn of the
   * event loop, or when the write in flight ends), or, when `soon`, with the next group and at the latest after
   * `soonMs`: an item that nothing waits on costs no write of its own. Order is kept either way.
   */
  submit(item: Item, soon = false): Promise<Result> {
    const result = new Promise<Result>((done, fail) => this.pending.push({ item, done, fail, soon }));
    if (soon) this.scheduleSoon();
    else if (!this.flushScheduled) {
      // Not at once: what else this turn of the event loop submits (the other requests whose token was verified in
      // the same turn) joins the same group instead of waiting for a group of one.
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush();
      });
    }
    return result;
  }

  private scheduleSoon(): void {
    this.soonTimer ??= setTimeout(() => {
      this.soonTimer = undefined;
      void this.flush(true);
    }, this.soonMs);
  }

  /** Writes group after group while someone waits on a queued item; `all` also writes a queue of `soon` items only. */
  private async flush(all = false): Promise<void> {
    if (this.flushing) {
      if (all) this.scheduleSoon(); // the running flush may stop before them: come back
      return;
    }
    this.flushing = true;
    try {
      while (this.pending.length > 0 && (all || this.pending.some((p) => !p.soon))) {
        all = false;
        const group = this.pending.splice(0, this.pending.length);
        try {
          const results = await this.write(group.map((g) => g.item));
          group.forEach((g, i) => g.done(results[i]!));
        } catch (error) {
          if (group.length === 1) group[0]!.fail(error);
          else for (const g of group) await this.write([g.item]).then((results) => g.done(results[0]!), g.fail);
        }
      }
    } finally {
      this.flushing = false;
      if (this.pending.length > 0) this.scheduleSoon();
    }
  }
}
