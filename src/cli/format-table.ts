/** A plain text table for terminals: columns padded to their widest cell, long cells cut. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], maxWidth = 60): string {
  const cells = [header, ...rows].map((r) => r.map((c) => {
    const s = c === null ? '' : String(c).replace(/\s+/g, ' ');
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  }));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}
