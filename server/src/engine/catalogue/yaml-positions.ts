/**
 * Maps a path inside the parsed YAML (`['categories', 2, 'signals', 0, 'weight']`) back to a line and
 * column, so every catalogue problem can point at the exact place to fix.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node } from 'yaml';

export type YamlPath = (string | number)[];

export interface YamlPosition {
  line: number;
  column: number;
}

export class YamlLocator {
  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /**
   * Position of the value at `path`. With `key: true` the last segment is a mapping key and the key
   * itself is located (for "unknown property" and duplicate-key style problems). Falls back to the
   * nearest ancestor that exists, then to the start of the file.
   */
  locate(path: YamlPath, options: { key?: boolean } = {}): YamlPosition {
    let node: unknown = this.document.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
        if (!pair) break;
        if (isLast && options.key && isNode(pair.key)) {
          best = pair.key;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        break;
      }
      if (isNode(node)) best = node;
      else break;
    }
    return this.positionOf(best);
  }

  private positionOf(node: Node | undefined): YamlPosition {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
