import { strict as assert } from 'node:assert';
import { parseScanArguments, UsageError } from '../../server/src/cli/scan-args';
import { parseSize } from '../../server/src/cli/selection-args';

describe('CLI arguments', () => {
  it('parses a full scan command', () => {
    const command = parseScanArguments(['repo', '--format', 'sarif', '--fail-on', 'warning', '--catalogue', 'a.yaml', '--catalogue', 'b.yaml', '--only', 'cn.speech-synthesis,ear.5d002-encryption', '--exclude', '**/test/**', '--max-file-size', '2m']);
    assert.equal(command.command, 'scan');
    assert.equal(command.path, 'repo');
    assert.equal(command.format, 'sarif');
    assert.equal(command.failOn, 'warning');
    assert.deepEqual(command.catalogues, ['a.yaml', 'b.yaml']);
    assert.deepEqual(command.only, ['cn.speech-synthesis', 'ear.5d002-encryption']);
    assert.deepEqual(command.exclude, ['**/test/**']);
    assert.equal(command.maxFileSize, 2 * 1024 * 1024);
  });

  it('defaults to text, no failure threshold, and the sample workspace', () => {
    const command = parseScanArguments([]);
    assert.equal(command.command, 'scan');
    assert.equal(command.path, undefined);
    assert.equal(command.format, 'text');
    assert.equal(command.failOn, 'none');
  });

  it('rejects bad values with a message naming the option', () => {
    assert.throws(() => parseScanArguments(['--format', 'xml']), (e: Error) => e instanceof UsageError && /--format/.test(e.message));
    assert.throws(() => parseScanArguments(['--fail-on', 'sometimes']), (e: Error) => e instanceof UsageError && /--fail-on/.test(e.message));
    assert.throws(() => parseScanArguments(['--bogus']), UsageError);
    assert.throws(() => parseScanArguments(['a', 'b']), /at most one path/);
  });

  it('reads sizes with units', () => {
    assert.equal(parseSize('512'), 512);
    assert.equal(parseSize('64k'), 65536);
    assert.equal(parseSize('1.5MB'), 1.5 * 1024 * 1024);
    assert.throws(() => parseSize('lots'), UsageError);
  });
});
