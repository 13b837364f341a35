/**
 * Decides whether a crashed language server is started again: at most `maxRestarts` restarts within a
 * sliding window of `windowMs`. A server that keeps dying right after start (a broken catalogue, a
 * grammar that fails to load) would otherwise restart forever and flood the output.
 * Pure (no `vscode`), so it is unit-tested in plain Node.
 */
export interface RestartDecision {
  restart: boolean;
  /** Crashes inside the window, counting this one. */
  crashesInWindow: number;
}

export class RestartPolicy {
  private crashTimes: number[] = [];

  constructor(
    readonly maxRestarts: number,
    readonly windowMs: number,
  ) {}

  /** Record a crash at `now` (milliseconds) and decide. */
  recordCrash(now: number): RestartDecision {
    this.crashTimes = this.crashTimes.filter((time) => now - time < this.windowMs);
    this.crashTimes.push(now);
    return { restart: this.crashTimes.length <= this.maxRestarts, crashesInWindow: this.crashTimes.length };
  }

  /** Forget past crashes: the user restarted the server by hand. */
  reset(): void {
    this.crashTimes = [];
  }

  /** "3 minutes", for messages. */
  describeWindow(): string {
    const minutes = Math.round(this.windowMs / 60_000);
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
}
