/**
 * Bins of event counts spaced by powers (1, 2-4, 5-9, 10-19, ... or by tens past a hundred), as
 * pieces of the map's scale: counts of news events are heavy-tailed, and on a linear scale one busy
 * country is dark and every other the same pale blue.
 */
export function countPieces(max: number): { min: number; max?: number; label: string }[] {
  const steps = max > 100 ? [1] : [1, 2, 5];
  const edges: number[] = [];
  for (let decade = 1; (edges[edges.length - 1] ?? 0) <= max; decade *= 10) edges.push(...steps.map((s) => s * decade));
  const pieces: { min: number; max?: number; label: string }[] = [];
  for (const [i, lo] of edges.entries()) {
    const hi = (edges[i + 1] ?? Infinity) - 1;
    if (hi >= max) {
      pieces.push({ min: lo, label: lo === max ? lo.toLocaleString('en') : `${lo.toLocaleString('en')}+` });
      break;
    }
    pieces.push({ min: lo, max: hi, label: lo === hi ? String(lo) : `${lo.toLocaleString('en')}-${hi.toLocaleString('en')}` });
  }
  return pieces;
}
