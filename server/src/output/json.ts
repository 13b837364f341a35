/**
 * The JSON format: the ScanResult contract, pretty-printed. Lists are already sorted and numbers
 * rounded by the engine, and object keys are built in a fixed order, so the same tree gives
 * byte-identical output.
 */
import type { ScanResult } from '../engine/result';

export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
