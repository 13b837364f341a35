/**
 * XML manifests (pom.xml, *.csproj, packages.config) with source offsets.
 *
 * fast-xml-parser's validator rejects malformed XML with a line and column; its parser, with
 * `preserveOrder` and `captureMetaData`, gives every element in document order with the offsets
 * of its start and end tag. Positions of a name inside an element (its text, or an attribute
 * value) are found inside those offsets.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ManifestError } from './errors';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, trimmed (entities decoded). */
  text: string;
  /** Offsets of `<name ...` and just past the element's end. */
  start: number;
  end: number;
}

interface MetaData {
  startIndex?: number;
  endIndex?: number;
}

/** Parses XML; malformed input becomes a ManifestError with the validator's line and column. */
export function parseXml(fileLabel: string, text: string): XmlElement[] {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new ManifestError(fileLabel, `invalid XML: ${msg}`, line ? { line, column: col || undefined } : undefined);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // XML's predefined entities (&amp; ...) are decoded; HTML's named entities are not XML.
    processEntities: true,
    htmlEntities: false,
  });
  const metaSymbol = XMLParser.getMetaDataSymbol() as unknown as symbol;
  return convert(parser.parse(text) as unknown[], metaSymbol);
}

function convert(nodes: unknown[], metaSymbol: symbol): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown> & Record<symbol, MetaData | undefined>;
    const name = Object.keys(record).find((key) => key !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?')) continue;
    const childNodes = Array.isArray(record[name]) ? (record[name] as unknown[]) : [];
    const text = childNodes
      .map((child) => (child && typeof child === 'object' ? (child as Record<string, unknown>)['#text'] : undefined))
      .filter((value) => value !== undefined)
      .map(String)
      .join('')
      .trim();
    const attributes: Record<string, string> = {};
    const rawAttributes = record[':@'];
    if (rawAttributes && typeof rawAttributes === 'object') {
      for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
    }
    const meta = record[metaSymbol];
    elements.push({
      name,
      attributes,
      children: convert(childNodes, metaSymbol),
      text,
      start: meta?.startIndex ?? 0,
      end: meta?.endIndex ?? 0,
    });
  }
  return elements;
}

/** Child elements with a name (compared case-insensitively when asked: MSBuild ignores case). */
export function childrenNamed(element: XmlElement, name: string, ignoreCase = false): XmlElement[] {
  const wanted = ignoreCase ? name.toLowerCase() : name;
  return element.children.filter((child) => (ignoreCase ? child.name.toLowerCase() : child.name) === wanted);
}

/** The trimmed text of the first child with that name. */
export function childText(element: XmlElement, name: string, ignoreCase = false): string | undefined {
  return childrenNamed(element, name, ignoreCase)[0]?.text;
}

/** The offset just past an element's start tag (attribute values may contain `>`). */
function startTagEnd(source: string, element: XmlElement): number {
  let quote: string | undefined;
  for (let i = element.start + 1; i < element.end; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return element.start;
}

/** Offsets of an element's trimmed text content in the source (for a text-only element). */
export function textRange(source: string, element: XmlElement): [number, number] {
  let start = startTagEnd(source, element);
  let end = source.lastIndexOf('</', element.end);
  if (end < start) return [element.start + 1, element.start + 1 + element.name.length];
  if (source.startsWith('<![CDATA[', start)) start += '<![CDATA['.length;
  while (start < end && /\s/.test(source[start])) start++;
  if (source.endsWith(']]>', end)) end -= 3;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return [start, end];
}

/** Offsets of an attribute's value in the source, or of the element name if it is not found. */
export function attributeRange(source: string, element: XmlElement, attribute: string): [number, number] {
  const tag = source.slice(element.start, startTagEnd(source, element));
  const pattern = new RegExp(`\\s${attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*(["'])`, 'i');
  const match = pattern.exec(tag);
  if (match) {
    const valueStart = element.start + match.index + match[0].length;
    const valueEnd = source.indexOf(match[1], valueStart);
    if (valueEnd !== -1) return [valueStart, valueEnd];
  }
  return [element.start + 1, element.start + 1 + element.name.length];
}

/** An attribute's value, by case-insensitive name (MSBuild attribute names ignore case). */
export function attribute(element: XmlElement, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(element.attributes).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : element.attributes[key];
}
