/**
 * Lays a scraped text dump out as logical lines ("units"): a paragraph, a heading, a date line, a
 * caption. Dumps come in three layouts, often mixed: paragraphs separated by blank lines, one
 * paragraph per line, and paragraphs hard-wrapped at a fixed width. Lines of a wrapped paragraph
 * are joined back; every other line break separates units.
 */

export interface TextUnit {
  text: string;
  /** Index of the blank-line separated block the unit came from. */
  block: number;
}

const BULLET = /^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+/;

/** Normalises line ends and invisible characters that scrapers leave behind. */
export function normaliseDump(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/\u00a0/g, ' ');
}

/**
 * Longest unit. No paragraph comes near it; a dump with no line breaks at all (a whole page on one
 * line) is cut at sentence ends instead, because regular expressions over one line of megabytes
 * slow down far more than linearly in V8.
 */
export const MAX_UNIT_CHARS = 10_000;

/** Splits a dump into units, joining hard-wrapped lines. */
export function splitUnits(text: string): TextUnit[] {
  const blocks = normaliseDump(text)
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').flatMap(cutLongLine).filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0);
  const width = wrapWidth(blocks.flat());
  const units: TextUnit[] = [];
  blocks.forEach((lines, block) => {
    let current = '';
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      current = current === '' ? line.trim() : `${current} ${line.trim()}`;
      if (next === undefined || width === null || !continuesInto(line, next, width)) {
        units.push({ text: current, block });
        current = '';
      }
    });
  });
  return units;
}

/** Cuts a line longer than MAX_UNIT_CHARS after its last sentence end (or space) within the limit. */
function cutLongLine(line: string): string[] {
  if (line.length <= MAX_UNIT_CHARS) return [line];
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > MAX_UNIT_CHARS) {
    const window = rest.slice(0, MAX_UNIT_CHARS);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > MAX_UNIT_CHARS / 2 ? sentenceEnd + 1 : space > 0 ? space : MAX_UNIT_CHARS;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

/**
 * The width a dump was hard-wrapped at, or null when it was not: most lines of prose then end
 * close to one width, and hardly any line is longer.
 */
export function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n >= 20);
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 110) return null;
  const longer = lengths.filter((n) => n > p90 + 2).length;
  const near = lengths.filter((n) => n >= p90 * 0.75 && n <= p90 + 2).length;
  if (longer > lengths.length * 0.05 + 1 || near < lengths.length * 0.5) return null;
  // Short paragraphs one per line look wrapped by length alone; but a wrap falls at a sentence end
  // only now and then, while every such line ends a sentence.
  const prose = lines.filter((l) => l.trimEnd().length >= 20);
  const sentenceEnds = prose.filter((l) => /[.!?…]["”’)]*\s*$/.test(l)).length;
  if (sentenceEnds > prose.length * 0.5) return null;
  return lengths.reduce((max, n) => (n <= p90 + 2 && n > max ? n : max), 0);
}

/**
 * Whether a line break inside a block is a wrap: the next line's first word would not have fitted
 * on this line. Indented or bulleted lines, and lines after a sentence that ends well short of the
 * width, start a new unit.
 */
function continuesInto(line: string, next: string, width: number): boolean {
  if (BULLET.test(next) || (/^\s{2,}|^\t/.test(next) && !/^\s/.test(line))) return false;
  const trimmed = line.trimEnd();
  const firstWord = next.trim().split(/\s+/)[0] ?? '';
  const wouldFit = trimmed.length + 1 + firstWord.length <= width * 0.92;
  return !wouldFit;
}
