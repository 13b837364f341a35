/**
 * Shared ground truth for the report tests, computed WITHOUT the code under test:
 * - which modules need approval and for which category: the table in examples/README.md;
 * - item numbers, control points and bilingual names: catalogue/*.yaml read with the yaml library;
 * - evidence lines and suppression reasons: found by searching the example sources for the code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { PassThrough } from 'node:stream';
import { main } from '../../server/src/cli/main';

export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXAMPLES = path.join(PACKAGE_ROOT, 'examples');

export interface CatalogueFacts {
  id: string;
  regime: string;
  itemNumber: string;
  controlPoint?: string;
  titleEn: string;
  titleZh?: string;
  itemNameEn: string;
  itemNameZh?: string;
  status: string;
}

/** Every category of the built-in catalogue files, straight from the YAML. */
export function catalogueFacts(): Map<string, CatalogueFacts> {
  const facts = new Map<string, CatalogueFacts>();
  for (const file of fs.readdirSync(path.join(PACKAGE_ROOT, 'catalogue')).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'catalogue', file), 'utf8')) as {
      id: string;
      categories: { id: string; itemNumber: string; controlPoint?: { number: string }; title: { en: string; zh?: string }; itemName: { en: string; zh?: string }; status: string }[];
    };
    for (const c of data.categories) {
      facts.set(c.id, {
        id: c.id,
        regime: data.id,
        itemNumber: String(c.itemNumber),
        ...(c.controlPoint ? { controlPoint: String(c.controlPoint.number) } : {}),
        titleEn: c.title.en,
        ...(c.title.zh ? { titleZh: c.title.zh } : {}),
        itemNameEn: c.itemName.en,
        ...(c.itemName.zh ? { itemNameZh: c.itemName.zh } : {}),
        status: c.status,
      });
    }
  }
  return facts;
}

/** module → category id for the modules the examples' README says need approval; and the clean ones. */
export function expectedClassification(): { approval: Map<string, string>; clean: string[] } {
  const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
  const approval = new Map<string, string>();
  const clean: string[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^[a-z][a-z0-9-]*$/.test(cells[1])) continue;
    const needs = /^([a-z0-9.-]+) \(needs approval\)/.exec(cells[3]);
    if (needs) approval.set(cells[1], needs[1]);
    else if (cells[3].startsWith('clean')) clean.push(cells[1]);
  }
  return { approval, clean };
}

/** The 1-based line of the first line of `file` (relative to `root`) that contains `needle`. */
export function lineOf(root: string, file: string, needle: string): number {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not found in ${file}`);
  return index + 1;
}

/** Evidence every report must show: a file:line found by searching the sources for the code itself. */
export function expectedEvidence(root: string): { module: string; location: string; code: string }[] {
  const at = (module: string, file: string, needle: string) => ({ module, location: `${module}/${file}:${lineOf(root, `${module}/${file}`, needle)}`, code: needle });
  return [
    at('recommender-service', 'src/train.py', 'from implicit.als'),
    at('speech-studio', 'narrate.py', 'tts_to_file'),
    at('vault-crypto', 'internal/seal/seal.go', 'aes.NewCipher'),
    at('vault-crypto', 'internal/seal/seal.go', '"crypto/aes"'),
    at('voice-assistant', 'app/listen.py', 'from vosk import'),
    at('voice-assistant', 'app/listen.py', 'KaldiRecognizer('),
  ];
}

/** The suppressed finding: its location and the reason written after `--` in the directive. */
export function expectedSuppression(root: string): { location: string; reason: string } {
  const file = 'auth-gateway/src/legacy-cookie.ts';
  const directiveLine = lineOf(root, file, 'exportlens-ignore');
  const text = fs.readFileSync(path.join(root, file), 'utf8').split(/\r?\n/)[directiveLine - 1];
  return { location: `${file}:${directiveLine + 1}`, reason: text.split('--')[1].trim() };
}

/** A private copy of examples/ outside any git repository, so tests can edit it. */
export function copyExamples(): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-report-'));
  fs.cpSync(EXAMPLES, target, { recursive: true });
  return target;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (and, for review prompts, an optional stdin). */
export async function runCli(argv: string[], cwd = process.cwd(), stdin?: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  (stderr as unknown as PassThrough).on('data', (chunk: Buffer) => err.push(chunk));
  const io = { stdout, stderr, cwd, ...(stdin ? { stdin } : {}) };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Visible text of an HTML document, roughly as a reader sees it (tags dropped, entities decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** RFC 4180 parse (quoted fields, doubled quotes, CRLF), BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}
