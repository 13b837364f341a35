/**
 * An inline SVG horizontal bar chart (no script, no fonts from the network) with a text alternative:
 * `role="img"`, a <title> and a <desc> that states every value, so a screen reader, a text-only
 * print and the accessibility tree all carry the same numbers as the bars.
 */
export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 680;
const LABEL_WIDTH = 300;
const BAR_HEIGHT = 22;
const GAP = 10;
const MAX_LABEL_CHARS = 42;

export function barChartSvg(bars: readonly Bar[], options: { id: string; title: string; description: string }): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - 40;
  const height = Math.max(1, bars.length) * (BAR_HEIGHT + GAP) + GAP;
  const rows = bars.map((bar, index) => {
    const y = GAP + index * (BAR_HEIGHT + GAP);
    const width = Math.max(2, Math.round((bar.value / max) * plot));
    const label = bar.label.length > MAX_LABEL_CHARS ? `${bar.label.slice(0, MAX_LABEL_CHARS - 1)}…` : bar.label;
    return [
      `<g>`,
      `<title>${escapeXml(`${bar.label}: ${bar.value}`)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2}" text-anchor="end" dominant-baseline="middle" font-size="13" fill="#1a1a1a">${escapeXml(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="#1f4e79"/>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + BAR_HEIGHT / 2}" dominant-baseline="middle" font-size="13" fill="#1a1a1a">${bar.value}</text>`,
      `</g>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" ` +
    `aria-labelledby="${options.id}-title ${options.id}-desc" font-family="system-ui, sans-serif">` +
    `<title id="${options.id}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${options.id}-desc">${escapeXml(options.description)}</desc>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="#555" stroke-width="1"/>` +
    rows.join('') +
    `</svg>`
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
