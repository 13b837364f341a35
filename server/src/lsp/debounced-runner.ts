/**
 * Runs one task per key after a quiet period, never two at once for the same key: a request made
 * while the task runs makes it run once more afterwards. `settled(key)` resolves when nothing is
 * waiting or running, which is when a pulled diagnostic report is current.
 */
interface KeyState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  again: boolean;
  waiters: (() => void)[];
}

export class DebouncedRunner {
  private readonly states = new Map<string, KeyState>();

  constructor(
    private readonly task: (key: string) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  schedule(key: string, delayMs: number): void {
    const state = this.stateOf(key);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (state.running) state.again = true;
      else this.run(key, state);
    }, delayMs);
  }

  settled(key: string): Promise<void> {
    const state = this.states.get(key);
    if (!state || (!state.timer && !state.running)) return Promise.resolve();
    return new Promise((resolve) => state.waiters.push(resolve));
  }

  /** Drop a key (its document closed): pending work is skipped and waiters released. */
  forget(key: string): void {
    const state = this.states.get(key);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.again = false;
    this.states.delete(key);
    for (const resolve of state.waiters.splice(0)) resolve();
  }

  private stateOf(key: string): KeyState {
    let state = this.states.get(key);
    if (!state) {
      state = { again: false, waiters: [] };
      this.states.set(key, state);
    }
    return state;
  }

  private run(key: string, state: KeyState): void {
    state.running = this.task(key)
      .catch((error: unknown) => this.onError(key, error))
      .finally(() => {
        state.running = undefined;
        if (state.again) {
          state.again = false;
          this.run(key, state);
        } else if (!state.timer) {
          for (const resolve of state.waiters.splice(0)) resolve();
        }
      });
  }
}
