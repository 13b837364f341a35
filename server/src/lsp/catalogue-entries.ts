/**
 * Catalogue entries for people: the `exportlens/catalogueEntry` answer, its Markdown (shared with
 * hovers), and the address diagnostics link to. The link is a `file:` URI of the catalogue YAML the
 * category was loaded from, with `#L<line>` at its `id:` line: it works offline, for user catalogues
 * too, and always shows the text the server actually applied.
 */
import * as fs from 'node:fs';
import type { Catalogue, Category, BilingualText } from '../engine/types';
import type { CatalogueEntry } from '../protocol/messages';
import { categoryReference } from '../engine/explain';
import { pathToUri } from './uris';

const STATUS_WORDS: Record<Category['status'], string> = {
  prohibited: 'Prohibited: may not be exported',
  restricted: 'Restricted: export needs a licence',
  controlled: 'Controlled: export needs a licence or a licence exception',
};

export function catalogueEntry(category: Category, catalogue: Catalogue): CatalogueEntry {
  const revision = catalogue.revisions.find((r) => r.id === category.revision);
  const entry: Omit<CatalogueEntry, 'markdown'> = {
    id: category.id,
    regime: catalogue.title,
    itemNumber: category.itemNumber,
    itemName: category.itemName,
    title: category.title,
    ...(category.controlPoint ? { controlPoint: category.controlPoint } : {}),
    status: category.status,
    revision: category.revision,
    revisionTitle: revision?.title ?? category.revision,
    revisionDate: revision?.date ?? '',
    description: category.description,
    guidance: category.guidance,
    verification: category.verification,
  };
  return { ...entry, markdown: renderEntry(category, catalogue, entry) };
}

/** The catalogue item in Markdown: number, both names, control point, status, regime and revision. */
export function renderItem(category: Category, catalogue: Catalogue): string {
  const revision = catalogue.revisions.find((r) => r.id === category.revision);
  const lines = [
    `### ${escape(category.title.en)} — ${escape(categoryReference(category, catalogue))}`,
    '',
    `- **Item ${escape(category.itemNumber)}**: ${bilingual(category.itemName)}`,
  ];
  if (category.controlPoint) lines.push(`- **Control point ${escape(category.controlPoint.number)}**: ${bilingual(category.controlPoint.text)}`);
  lines.push(`- **Status**: ${STATUS_WORDS[category.status]}`);
  lines.push(`- **Regime**: ${escape(catalogue.title)}`);
  lines.push(`- **Revision**: ${escape(revision?.title ?? category.revision)}${revision?.date ? ` (${revision.date})` : ''}`);
  lines.push(`- **Verification**: ${category.verification}`);
  return lines.join('\n');
}

export function renderGuidance(category: Category): string {
  return `**What to do next**\n\n${escape(category.guidance.en)}${category.guidance.zh ? `\n\n${escape(category.guidance.zh)}` : ''}`;
}

function renderEntry(category: Category, catalogue: Catalogue, entry: Omit<CatalogueEntry, 'markdown'>): string {
  const parts = [renderItem(category, catalogue), `**What it covers**\n\n${escape(entry.description.en)}`];
  if (category.controlPoint?.subPoints?.length) {
    parts.push(category.controlPoint.subPoints.map((point) => `- ${bilingual(point)}`).join('\n'));
  }
  parts.push(renderGuidance(category));
  return parts.join('\n\n');
}

/** `file:///…/cn.yaml#L25`: the category's place in the catalogue file it was loaded from. */
export function catalogueHref(category: Category, catalogue: Catalogue): string {
  return `${pathToUri(catalogue.sourcePath)}#L${idLine(catalogue.sourcePath, category.id)}`;
}

const idLines = new Map<string, Map<string, number>>();

function idLine(file: string, id: string): number {
  let lines = idLines.get(file);
  if (!lines) {
    lines = new Map();
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // The file was read when the catalogue loaded; if it is gone now, link to its top.
    }
    text.split('\n').forEach((line, index) => {
      const match = /^\s*-?\s*id:\s*['"]?([^'"\s#]+)/.exec(line);
      if (match && !lines!.has(match[1])) lines!.set(match[1], index + 1);
    });
    idLines.set(file, lines);
  }
  return lines.get(id) ?? 1;
}

function bilingual(text: BilingualText): string {
  return text.zh ? `${escape(text.zh)} / ${escape(text.en)}` : escape(text.en);
}

/** Catalogue text is data, not Markdown: characters that would format or link are escaped. */
export function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
