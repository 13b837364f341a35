/**
 * Atomic writes (cache, reports, decisions all go through `writeFileAtomically` or its streamed
 * form `writeFileStreamedAtomically`): a child rewrites a
 * file in a loop and is killed with SIGKILL at random moments, many times; after every kill the file
 * must be one complete version, old or new, never a torn mixture.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically, writeFileStreamedAtomically } from '../../server/src/engine/atomic-write';
import { checkVersion, versionContent, writeVersionStreamed } from './atomic-writer';
import { makeTempDir } from './corpus';

const WRITER = path.join(__dirname, 'atomic-writer.js');
const KILLS = 25;

function runAndKill(target: string, firstVersion: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, target, String(firstVersion)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.on('exit', () => resolve());
    // Kill only once it is writing, after a random extra delay, so kills land at every stage of a write.
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
  });
}

describe('atomic writes under SIGKILL', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('atomic');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`leaves the old or the new complete file after each of ${KILLS} kills at random moments, never a torn one`, async () => {
    const target = path.join(dir, 'report.json');
    writeFileAtomically(target, versionContent(0));
    const seen = new Set<number>();
    let previous = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await runAndKill(target, (kill + 1) * 1_000_000, Math.floor(Math.random() * 120));
      const state = checkVersion(fs.readFileSync(target, 'utf8'));
      assert.ok('version' in state, `after kill ${kill + 1}: ${'torn' in state ? state.torn : ''}`);
      // Old (the last complete version) or newer: never something that was not written whole.
      assert.ok(state.version === previous || state.version >= (kill + 1) * 1_000_000, `unexpected version ${state.version}`);
      previous = state.version;
      seen.add(state.version);
    }
    // The kills really interrupted a writer that was making progress (the file changed between kills).
    assert.ok(seen.size > 1, 'no write completed between kills: the test did not exercise the writer');
  });

  it('removes the temporary files killed writers left behind, and only theirs', () => {
    const target = path.join(dir, 'decisions.yaml');
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const abandoned = path.join(dir, `.decisions.yaml.${deadPid}.1700000000000.tmp`);
    const live = path.join(dir, `.decisions.yaml.${process.ppid}.1700000000001.tmp`);
    const unrelated = path.join(dir, '.other.yaml.1.1700000000002.tmp');
    for (const file of [abandoned, live, unrelated]) fs.writeFileSync(file, 'half a write');
    writeFileAtomically(target, 'entries: {}\n');
    assert.equal(fs.readFileSync(target, 'utf8'), 'entries: {}\n');
    assert.equal(fs.existsSync(abandoned), false, 'the dead writer\'s temporary is removed');
    assert.equal(fs.existsSync(live), true, 'a running process\'s temporary is left alone');
    assert.equal(fs.existsSync(unrelated), true, 'another target\'s temporary is left alone');
  });

  it('a streamed write gives exactly the content, across write chunks and multi-byte characters', () => {
    const target = path.join(dir, 'streamed.txt');
    writeVersionStreamed(target, 9);
    assert.deepEqual(checkVersion(fs.readFileSync(target, 'utf8')), { version: 9 });
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:检查é${'x'.repeat(i % 700)}\n`);
    writeFileStreamedAtomically(target, (sink) => {
      sink.write('HEADER??\n');
      for (const piece of pieces) sink.write(piece);
      sink.overwrite(0, 'HEADER:3\n');
    });
    assert.equal(fs.readFileSync(target, 'utf8'), `HEADER:3\n${pieces.join('')}`);
  });

  it('a streamed write that fails leaves the old file and no temporary', () => {
    const target = path.join(dir, 'kept.txt');
    writeFileAtomically(target, 'old\n');
    assert.throws(
      () =>
        writeFileStreamedAtomically(target, (sink) => {
          sink.write('new');
          sink.overwrite(2, 'too long');
        }),
      /overwrite past the end/,
    );
    assert.equal(fs.readFileSync(target, 'utf8'), 'old\n');
    assert.deepEqual(fs.readdirSync(dir).filter((name) => name.startsWith('.kept.txt.')), []);
  });

  it('checkVersion recognises a torn file (the check itself can fail)', () => {
    const whole = versionContent(5);
    assert.deepEqual(checkVersion(whole), { version: 5 });
    assert.ok('torn' in checkVersion(whole.slice(0, whole.length - 1)));
    assert.ok('torn' in checkVersion(`${whole.slice(0, 100)}${versionContent(6).slice(100)}`));
  });
});
