/**
 * Reading the corpus labels: one `labels.yaml` per module folder under test/corpus/, saying which
 * catalogue categories apply to the module (and to each file) and why. Labels follow the catalogue's
 * meaning, not the scanner's behaviour.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export interface ModuleLabels {
  /** Module folder relative to the corpus root, with `/`. */
  module: string;
  expected: { id: string; reason: string }[];
  /** File (relative to the module folder) → expected category ids; absent when the label gives none. */
  files?: Record<string, string[]>;
  notes?: string;
}

export function findLabelledModules(corpusRoot: string): ModuleLabels[] {
  const found: ModuleLabels[] = [];
  const stack = [corpusRoot];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'labels.yaml')) {
      found.push(readLabels(corpusRoot, dir));
      continue;
    }
    for (const entry of entries) if (entry.isDirectory()) stack.push(path.join(dir, entry.name));
  }
  return found.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}

function readLabels(corpusRoot: string, dir: string): ModuleLabels {
  const file = path.join(dir, 'labels.yaml');
  const data = parse(fs.readFileSync(file, 'utf8')) as Partial<ModuleLabels> | null;
  const module = path.relative(corpusRoot, dir).split(path.sep).join('/');
  if (!data || !Array.isArray(data.expected)) throw new Error(`${file}: 'expected' must be a list (use [] for negatives)`);
  for (const entry of data.expected) {
    if (!entry || typeof entry.id !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      throw new Error(`${file}: every expected entry needs an id and a one-line reason`);
    }
  }
  return { module, expected: data.expected, files: data.files ?? undefined, notes: data.notes };
}
