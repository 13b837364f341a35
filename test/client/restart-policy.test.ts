import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restart-policy';

const MINUTE = 60_000;

describe('client RestartPolicy', () => {
  it('allows maxRestarts restarts inside the window and refuses the next', () => {
    const policy = new RestartPolicy(3, 3 * MINUTE);
    const decisions = [0, 1_000, 2_000, 3_000].map((t) => policy.recordCrash(t));
    assert.deepEqual(
      decisions.map((d) => d.restart),
      [true, true, true, false],
    );
    assert.equal(decisions[3]!.crashesInWindow, 4);
  });

  it('forgets crashes that fell out of the sliding window', () => {
    const policy = new RestartPolicy(2, 3 * MINUTE);
    policy.recordCrash(0);
    policy.recordCrash(MINUTE);
    // The first crash is now older than 3 minutes: only two count, so restarting is allowed again.
    const decision = policy.recordCrash(3 * MINUTE + 1);
    assert.deepEqual(decision, { restart: true, crashesInWindow: 2 });
  });

  it('starts afresh after reset (a restart the user asked for)', () => {
    const policy = new RestartPolicy(1, 3 * MINUTE);
    policy.recordCrash(0);
    assert.equal(policy.recordCrash(10).restart, false);
    policy.reset();
    assert.deepEqual(policy.recordCrash(20), { restart: true, crashesInWindow: 1 });
  });

  it('describes its window for messages', () => {
    assert.equal(new RestartPolicy(5, 3 * MINUTE).describeWindow(), '3 minutes');
    assert.equal(new RestartPolicy(5, MINUTE).describeWindow(), '1 minute');
  });
});
