/**
 * A one-line progress bar on stderr, only when stderr is a terminal: CI logs and pipes stay clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, finish() {} };
  let lastDrawn = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (done !== total && now - lastDrawn < 80) return; // redraw at most ~12 times a second
      lastDrawn = now;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    },
    finish() {
      stream.write('\r\x1b[K');
    },
  };
}
