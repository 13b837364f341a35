/**
 * The progress bar: drawn on a terminal, absent from pipes and CI logs, and cleared at the end so the
 * summary that follows starts on a clean line.
 */
import { strict as assert } from 'node:assert';
import { createProgress } from '../../server/src/cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = {
    isTTY,
    written: '',
    write(chunk: string) {
      stream.written += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('cli: progress bar', () => {
  it('draws files done of total on a terminal and clears the line when finished', () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, true);
    progress.update(0, 4);
    progress.update(4, 4);
    progress.finish();
    assert.match(stream.written, /0\/4 files/);
    assert.match(stream.written, /\[#{30}\] 4\/4 files/);
    assert.ok(stream.written.endsWith('\r\x1b[K'));
  });

  it('writes nothing when stderr is not a terminal, or when --quiet turned it off', () => {
    const pipe = fakeStream(false);
    const piped = createProgress(pipe, true);
    piped.update(1, 2);
    piped.finish();
    assert.equal(pipe.written, '');
    const terminal = fakeStream(true);
    const quiet = createProgress(terminal, false);
    quiet.update(1, 2);
    quiet.finish();
    assert.equal(terminal.written, '');
  });
});
