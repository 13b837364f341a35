/**
 * The hostile corpus, generated at test time in a temporary folder (nothing large is committed).
 * Each entry says what it is and which outcome the scan must report for it, so the tests and
 * docs/reliability.md speak about the same cases.
 *
 * Big files are made sparse with `truncate`: a 200 MB file costs no disk and no time to create,
 * and the scanner must decide about it from its size alone.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Source that carries encryption evidence: a scan must still find it next to the hostile files. */
export const CRYPTO_JS = "const crypto = require('crypto');\nconst c = crypto.createCipheriv('aes-256-gcm', key, iv);\nc.update(data);\n";

export const MB = 1024 * 1024;
/** Levels of nesting in the deep-nesting files. */
export const NESTING = 100_000;

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `exportlens-hostile-${prefix}-`));
}

export function write(root: string, relPath: string, content: string | Uint8Array): string {
  const abs = path.join(root, ...relPath.split('/'));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}

/** A file of `size` bytes that occupies no disk: created by extending an empty file. */
export function writeSparse(root: string, relPath: string, size: number): string {
  const abs = write(root, relPath, '');
  fs.truncateSync(abs, size);
  return abs;
}

/** A minified single line of about `size` bytes (written in chunks, not built as one string first). */
export function writeMinifiedLine(root: string, relPath: string, size: number): string {
  const abs = write(root, relPath, '');
  const chunk = Buffer.from('var a=function(b){return b.c(crypto.createCipheriv("aes-256-cbc",k,i))};'.repeat(14_000));
  const fd = fs.openSync(abs, 'w');
  try {
    for (let written = 0; written < size; written += chunk.length) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return abs;
}

/** UTF-16 LE with a byte order mark. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** UTF-16 BE with a byte order mark. */
export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

/** `open` repeated `levels` times, with a line break every 40 (one huge line would be skipped as minified). */
function deep(open: string, levels: number): string {
  const line = `${open.repeat(40)}\n`;
  return line.repeat(Math.floor(levels / 40)) + open.repeat(levels % 40);
}

export function nestedJs(levels = NESTING): string {
  // The crypto call puts the file past the prefilter, so it is really parsed.
  return `const crypto = require('crypto');\nconst x = ${deep('[', levels)}${deep(']', levels)};\ncrypto.createCipheriv('aes-256-gcm', key, iv);\n`;
}

export function nestedPython(levels = NESTING): string {
  return `from Crypto.Cipher import AES\nx = ${deep('(', levels)}1${deep(')', levels)}\nAES.new(key, AES.MODE_GCM)\n`;
}

/** A Rust use tree nested `levels` deep: its fact query is the slowest case found (minutes without a limit). */
export function nestedRust(levels = NESTING): string {
  return `use aes_gcm::Aes256Gcm;\nuse a::${deep('{b::', levels)}c${deep('}', levels)};\nfn main() { let cipher = Aes256Gcm::new(&key); }\n`;
}

export function nestedJson(levels = NESTING): string {
  return `{"name":"deep","dependencies":{"crypto-js":"4.2.0"},"x":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`;
}

/** What the scan must say about a path of the corpus. */
export type Expectation =
  | { kind: 'skipped'; reason: string; detail?: RegExp }
  | { kind: 'error'; message: RegExp }
  | { kind: 'warning'; message: RegExp }
  | { kind: 'finding'; category: string };

export interface CorpusCase {
  /** A short name for the table in docs/reliability.md. */
  name: string;
  relPath: string;
  expect: Expectation;
}

/**
 * Writes the corpus under `root` and returns its cases. The `svc/` module holds the ordinary
 * file whose finding proves the rest of the work completed.
 */
export function writeCorpus(root: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (name: string, relPath: string, expect: Expectation, content?: string | Uint8Array): void => {
    if (content !== undefined) write(root, relPath, content);
    cases.push({ name, relPath, expect });
  };
  write(root, 'svc/package.json', '{"name":"svc","dependencies":{}}');
  add('ordinary file beside the hostile ones', 'svc/seal.js', { kind: 'finding', category: 'ear.5d002-encryption' }, CRYPTO_JS);

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 7)]);
  add('binary (PNG) with a .js name', 'bin/image.js', { kind: 'skipped', reason: 'binary', detail: /PNG/ }, png);
  add('binary (ELF) with a .py name', 'bin/tool.py', { kind: 'skipped', reason: 'binary', detail: /ELF/ }, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(256, 1)]));
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
  add('random bytes with a .c name', 'bin/noise.c', { kind: 'skipped', reason: 'binary' }, random);
  add('NUL bytes inside source text', 'enc/nul.js', { kind: 'skipped', reason: 'binary', detail: /NUL/ }, `${CRYPTO_JS}\u0000\u0000\u0000trailing`);

  writeSparse(root, 'big/huge.js', 200 * MB);
  add('200 MB file', 'big/huge.js', { kind: 'skipped', reason: 'too-large', detail: /200\.0 MB > 5\.0 MB limit/ });
  writeMinifiedLine(root, 'big/bundle.js', 50 * MB);
  add('50 MB single-line minified file', 'big/bundle.js', { kind: 'skipped', reason: 'too-large', detail: /MB > 5\.0 MB limit/ });
  add('minified line under the size limit', 'big/small-bundle.js', { kind: 'skipped', reason: 'minified', detail: /average line length \d+ > 500/ }, `var a=${'[1,2],'.repeat(3000)}0;`);

  add('invalid UTF-8', 'enc/latin1.py', { kind: 'warning', message: /not valid UTF-8/ }, Buffer.concat([Buffer.from('from Crypto.Cipher import AES\n# caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('\nAES.new(key, AES.MODE_GCM)\n')]));
  add('UTF-16 LE with BOM', 'enc/utf16le.js', { kind: 'finding', category: 'ear.5d002-encryption' }, utf16le(CRYPTO_JS));
  add('UTF-16 BE with BOM', 'enc/utf16be.js', { kind: 'finding', category: 'ear.5d002-encryption' }, utf16be(CRYPTO_JS));
  add('UTF-8 with BOM', 'enc/bom.js', { kind: 'finding', category: 'ear.5d002-encryption' }, `\ufeff${CRYPTO_JS}`);
  add('UTF-32 with BOM', 'enc/utf32.js', { kind: 'skipped', reason: 'unsupported', detail: /UTF-32/ }, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0, 0, 0]));

  add('100,000 levels of nesting (JavaScript)', 'deep/nested.js', { kind: 'finding', category: 'ear.5d002-encryption' }, nestedJs());
  add('100,000 levels of nesting (Python)', 'deep/nested.py', { kind: 'finding', category: 'ear.5d002-encryption' }, nestedPython());
  add('100,000 levels of nesting (Rust use tree)', 'deep/nested.rs', { kind: 'finding', category: 'ear.5d002-encryption' }, nestedRust());
  add('100,000 levels of nesting (package.json)', 'deepjson/package.json', { kind: 'finding', category: 'ear.5d002-encryption' }, nestedJson());
  const deps = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`left-pad-${i}`, '1.0.0']));
  add('one-line package.json over 2 KB (not "minified")', 'oneline/package.json', { kind: 'finding', category: 'ear.5d002-encryption' }, JSON.stringify({ name: 'oneline', dependencies: { ...deps, 'crypto-js': '4.2.0' } }));
  add('100,000 levels of nesting (pom.xml)', 'deepxml/pom.xml', { kind: 'error', message: /pom\.xml.*nested/i }, `<project>${'<a>'.repeat(NESTING)}${'</a>'.repeat(NESTING)}</project>`);

  add('file name with spaces', 'names/with space.js', { kind: 'finding', category: 'ear.5d002-encryption' }, CRYPTO_JS);
  add('file name with a newline', 'names/line\nbreak.js', { kind: 'finding', category: 'ear.5d002-encryption' }, CRYPTO_JS);
  add('file name in Chinese', 'names/加密模块.js', { kind: 'finding', category: 'ear.5d002-encryption' }, CRYPTO_JS);
  add('file name in Cyrillic with emoji', 'names/шифр-🔐.js', { kind: 'finding', category: 'ear.5d002-encryption' }, CRYPTO_JS);

  fs.mkdirSync(path.join(root, 'links'), { recursive: true });
  fs.symlinkSync('.', path.join(root, 'links', 'loop'));
  add('symlink loop', 'links/loop', { kind: 'skipped', reason: 'symlink' });
  fs.symlinkSync(path.join(root, 'links', 'a'), path.join(root, 'links', 'b'));
  fs.symlinkSync(path.join(root, 'links', 'b'), path.join(root, 'links', 'a'));
  add('symlink cycle of two links', 'links/a', { kind: 'skipped', reason: 'symlink' });
  const outside = makeTempDir('outside');
  write(outside, 'secret.js', CRYPTO_JS);
  fs.symlinkSync(outside, path.join(root, 'links', 'out-dir'));
  add('symlink to a folder outside the workspace', 'links/out-dir', { kind: 'skipped', reason: 'symlink' });
  fs.symlinkSync(path.join(outside, 'secret.js'), path.join(root, 'links', 'out-file.js'));
  add('symlink to a file outside the workspace', 'links/out-file.js', { kind: 'skipped', reason: 'symlink' });
  fs.symlinkSync('/etc/passwd', path.join(root, 'links', 'passwd.py'));
  add('symlink to /etc/passwd', 'links/passwd.py', { kind: 'skipped', reason: 'symlink' });

  add('unreadable file (mode 000)', 'perm/locked.js', { kind: 'error', message: /EACCES/ }, CRYPTO_JS);
  fs.chmodSync(path.join(root, 'perm', 'locked.js'), 0o000);
  write(root, 'perm/closed/inner.js', CRYPTO_JS);
  fs.chmodSync(path.join(root, 'perm', 'closed'), 0o000);
  add('unlistable folder (mode 000)', 'perm/closed', { kind: 'error', message: /cannot list folder: EACCES/ });

  return cases;
}

/** Make a temp tree readable by another user (the unprivileged child the corpus scan runs as). */
export function openUp(root: string, except: string[] = []): void {
  const skip = new Set(except.map((p) => path.join(root, ...p.split('/'))));
  const visit = (dir: string): void => {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (skip.has(abs) || entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) visit(abs);
      else fs.chmodSync(abs, 0o644);
    }
  };
  visit(root);
}

/** A valid one-category catalogue whose only signal is `signal` (a YAML flow mapping). */
export function catalogueYaml(id: string, signal: string, categoryId = `${id}.thing`): string {
  return [
    `id: ${id}`,
    `title: ${id} test catalogue`,
    `version: "2026-01"`,
    `jurisdiction: internal`,
    `revisions:`,
    `  - { id: "2026-01", title: "policy", date: "2026-01-15" }`,
    `categories:`,
    `  - id: ${categoryId}`,
    `    itemNumber: "T-1"`,
    `    itemName: { en: Thing }`,
    `    title: { en: Thing }`,
    `    status: restricted`,
    `    revision: "2026-01"`,
    `    verification: verified`,
    `    description: { en: A test category. }`,
    `    guidance: { en: Ask. }`,
    `    signals:`,
    `      - ${signal}`,
    '',
  ].join('\n');
}
