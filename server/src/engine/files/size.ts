/** Human-readable byte counts for skip details: `512 B`, `2.0 KB`, `250.0 MB` (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** The detail recorded for a file over the size limit: `250.0 MB > 5.0 MB limit`. */
export function tooLargeDetail(size: number, limit: number): string {
  return `${formatBytes(size)} > ${formatBytes(limit)} limit`;
}
