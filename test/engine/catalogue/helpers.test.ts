import * as assert from 'assert';
import * as path from 'path';
import { compilePattern, describePatternError } from '../../../server/src/engine/catalogue/patterns';
import { parseConstantTable } from '../../../server/src/engine/catalogue/constant-table';
import { builtinCataloguePaths, configureCatalogueLocation } from '../../../server/src/engine/catalogue/location';

describe('catalogue helpers', () => {
  it('compilePattern finds the first match with its UTF-16 index', () => {
    const pattern = compilePattern('AES/[A-Z]+');
    assert.deepStrictEqual(pattern.firstMatch('算法 AES/GCM/NoPadding'), { index: 3, text: 'AES/GCM' });
    assert.strictEqual(pattern.test('aes/gcm'), false);
    assert.strictEqual(pattern.firstMatch('nothing here'), undefined);
  });

  it('compilePattern supports case-insensitive matching and returns the cached object', () => {
    const insensitive = compilePattern('cryptography notice', { caseInsensitive: true });
    assert.strictEqual(insensitive.test('## Cryptography Notice'), true);
    assert.strictEqual(compilePattern('cryptography notice', { caseInsensitive: true }), insensitive);
    assert.strictEqual(compilePattern('cryptography notice').test('## Cryptography Notice'), false);
  });

  it('compilePattern throws a readable error for patterns RE2 rejects', () => {
    assert.throws(() => compilePattern('(a)\\1'), /backreferences/);
    assert.strictEqual(describePatternError('a(b|c)*d'), undefined);
    assert.match(describePatternError('a(') ?? '', /invalid regular expression/);
  });

  it('parseConstantTable reads hex and decimal, allows a trailing comma, rejects junk', () => {
    const table = Array.from({ length: 16 }, (_, i) => (i % 2 ? `${i}` : `0x${i.toString(16)}`)).join(', ') + ',';
    const parsed = parseConstantTable(table);
    assert.ok('values' in parsed);
    assert.deepStrictEqual(parsed.values, Array.from({ length: 16 }, (_, i) => i));
    assert.ok('error' in parseConstantTable('0x1g, 2'));
    assert.ok('error' in parseConstantTable('0x100000000, ' + '1, '.repeat(15) + '1'));
  });

  it('parseConstantTable allows short tables only of wide (32-bit magic) constants', () => {
    assert.deepStrictEqual(parseConstantTable('0x61707865, 0x3320646e, 0x79622d32, 0x6b206574'), { values: [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] });
    assert.deepStrictEqual(parseConstantTable('0x9E3779B9'), { values: [0x9e3779b9] });
    assert.match((parseConstantTable('0x9E3779B9, 0x10') as { error: string }).error, /has 2 value\(s\)/);
    assert.ok('error' in parseConstantTable('255'));
  });

  it('builtinCataloguePaths finds the package catalogue folder, and can be redirected', () => {
    const names = builtinCataloguePaths().map((file) => path.basename(file));
    assert.ok(names.includes('cn.yaml') && names.includes('us-ear.yaml'), names.join(', '));
    const fixtures = path.resolve(__dirname, '../../../../test/fixtures/catalogue');
    try {
      configureCatalogueLocation(fixtures);
      assert.ok(builtinCataloguePaths().every((file) => path.dirname(file) === fixtures));
      assert.ok(builtinCataloguePaths().some((file) => path.basename(file) === 'valid-a.yaml'));
    } finally {
      configureCatalogueLocation(undefined);
    }
  });
});
