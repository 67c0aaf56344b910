import type { RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';
import { parseDateLine } from './parse-date-line.js';
import { dateInUrl, readFields } from './text-fields.js';
import { splitUnits } from './text-layout.js';
import { sameText } from './text-line.js';
import type { Line, Role } from './text-line.js';
import {
  cleanLine,
  endsLikeSentence,
  hasCaptionMarker,
  isBoilerplate,
  isHeadlineLike,
  isLinkListHeading,
  isMarkupResidue,
  isNavigation,
  parseBareNames,
  parseByline,
  parseCredit,
  parseLabelledCaption,
  parseReportingCredit,
  sentenceCount,
  splitInlineCredit,
} from './text-line-clues.js';

/** How far into a dump its header (title, standfirst, date, byline, lead picture) may reach. */
const HEADER_REACH = 15;
/** Story paragraphs allowed inside the header before it is taken to be over. */
const HEADER_BODY_SLACK = 3;
const SUBTITLE_MAX = 400;
const CAPTION_MAX = 300;

/**
 * A scraped text dump or plain text to an article. Each logical line is first judged by itself
 * (markup residue, navigation, date line, credit, byline, boilerplate), then by its place: the
 * headline opens the dump, the standfirst follows it, captions sit above credits, and link lists
 * and share lines close it. What is left, in order, is the story. Text with no such structure is
 * all body.
 */
export function extractText(text: string, doc: RawDocument): ExtractedParts {
  const lines = splitUnits(text).map(({ text: raw }) => judgeLine(raw));
  const fields = readFields(lines);
  const title = fields.title ?? findTitle(lines);
  markCaptions(lines, title);
  const headerEnd = markHeader(lines, title);
  markTrailer(lines);

  const of = (role: Role): Line[] => lines.filter((l) => l.role === role);
  let paragraphs = of('body').map((l) => l.text);
  let titleText = title === null ? null : (lines[title]?.text ?? null);
  let subtitle = of('subtitle')[0]?.text ?? null;
  if (paragraphs.length === 0) {
    // A headline and nothing else: better to give the words as body than to find no article.
    paragraphs = lines.filter((l) => l.role === 'title' || l.role === 'subtitle').map((l) => l.text);
    titleText = null;
    subtitle = null;
  }
  const url = doc.url ?? fields.url;
  return {
    kind: 'text',
    url,
    title: titleText,
    subtitle,
    byline: findByline(lines),
    published: findPublished(lines, headerEnd) ?? dateInUrl(url),
    language: null,
    images: lines.flatMap((l) => (l.image ? [l.image] : [])),
    paragraphs,
  };
}

/** What a line is by itself, before its neighbours are looked at. */
function judgeLine(raw: string): Line {
  const text = cleanLine(raw);
  const line: Line = { text, role: 'body', date: null, names: [], image: null };
  if (text === '' || isMarkupResidue(raw) || isNavigation(text)) {
    line.role = 'junk';
    return line;
  }
  line.date = parseDateLine(text);
  if (line.date !== null) {
    line.role = 'date';
    return line;
  }
  const labelledCaption = parseLabelledCaption(text);
  if (labelledCaption !== null) {
    line.role = 'caption';
    line.image = { caption: labelledCaption, credit: null };
    return line;
  }
  const credit = parseCredit(text);
  if (credit !== null) {
    line.role = 'credit';
    line.image = { caption: null, credit };
    return line;
  }
  if (isBoilerplate(text)) {
    line.role = 'junk';
    line.names = parseReportingCredit(text) ?? [];
    return line;
  }
  const names = parseByline(text);
  if (names !== null) {
    line.role = 'byline';
    line.names = names;
    return line;
  }
  judgeMetaSegments(line);
  return line;
}

/**
 * A line of metadata fields: "By Jane Doe | December 30, 2021 | 4 min read". Every segment must be
 * a byline, a date or a short label, or the line is left as it was.
 */
function judgeMetaSegments(line: Line): void {
  if (line.text.length > 160) return;
  const segments = line.text.split(/\s+[|·•]\s+/);
  if (segments.length < 2) return;
  let date: string | null = null;
  const names: string[] = [];
  for (const segment of segments) {
    const segmentDate = parseDateLine(segment);
    const segmentNames = segmentDate === null ? parseByline(segment) : null;
    if (segmentDate !== null) date ??= segmentDate;
    else if (segmentNames !== null) names.push(...segmentNames);
    else if (segment.split(/\s+/).length > 3 || endsLikeSentence(segment)) return;
  }
  if (date === null && names.length === 0) return;
  line.role = names.length > 0 ? 'byline' : 'date';
  line.date = date;
  line.names = names;
}

/**
 * The headline: among the first lines that are shaped like one (before any running text), the one
 * the dump repeats further down (dumps often repeat it above the picture), else the first. Only
 * metadata, junk or short labels ("World", a site name) may come before it, and story after it.
 * The repeats are dropped.
 */
function findTitle(lines: Line[]): number | null {
  const candidates: number[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 5; i++) {
    const line = lines[i];
    if (line === undefined || line.role !== 'body') continue;
    seen++;
    if (isHeadlineLike(line.text) && lines.slice(i + 1).some((l) => l.role === 'body')) candidates.push(i);
    else if (line.text.split(/\s+/).length > 3 || endsLikeSentence(line.text)) break;
  }
  const repeats = (i: number): Line[] => {
    const text = lines[i]?.text ?? '';
    return lines.slice(i + 1).filter((l) => l.role === 'body' && sameText(l.text, text));
  };
  const chosen = candidates.find((i) => repeats(i).length > 0) ?? candidates[0];
  const title = chosen === undefined ? undefined : lines[chosen];
  if (chosen === undefined || title === undefined) return null;
  for (const later of repeats(chosen)) later.role = 'junk';
  for (const before of lines.slice(0, chosen)) if (before.role === 'body') before.role = 'junk';
  title.role = 'title';
  return chosen;
}

const isCaptionSized = (text: string): boolean => text.length <= CAPTION_MAX && sentenceCount(text) <= 2;

/** A credit line takes the caption right above it, when that line is caption-sized. */
function markCaptions(lines: Line[], title: number | null): void {
  lines.forEach((line, i) => {
    if (line.role !== 'credit' || line.image === null) return;
    const above = lines[i - 1];
    if (above?.role === 'body' && i - 1 !== title && isCaptionSized(above.text)) {
      above.role = 'caption';
      line.image.caption = above.text;
    }
  });
}

/**
 * The header runs from the top to its last metadata line (date, byline, credit) within reach.
 * Story-like lines inside it are the standfirst (the first, right under the headline) and
 * captions; returns the index of the header's last line, or -1 when there is no header.
 */
function markHeader(lines: Line[], title: number | null): number {
  const start = title === null ? 0 : title + 1;
  let end = -1;
  let bodyLines = 0;
  for (let i = start; i < Math.min(lines.length, start + HEADER_REACH); i++) {
    const role = lines[i]?.role;
    if (role === 'body' && ++bodyLines > HEADER_BODY_SLACK) break;
    // The header ends before the story: a picture at the foot of a short dump does not extend it.
    const marker = role === 'date' || role === 'byline' || role === 'credit' || role === 'caption';
    if (marker && lines.slice(i + 1).some((l) => l.role === 'body')) end = i;
  }
  if (title === null) return end;

  let subtitleOpen = !lines.some((l) => l.role === 'subtitle');
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const inHeader = i <= end;
    if (line.role !== 'body') {
      if (line.role === 'caption' || line.role === 'credit') subtitleOpen = false;
      continue;
    }
    const nextToDate = lines[i - 1]?.date != null || lines[i + 1]?.date != null;
    const bareNames = inHeader && nextToDate ? parseBareNames(line.text) : null;
    if (bareNames !== null) {
      line.role = 'byline';
      line.names = bareNames;
      continue;
    }
    const inline = splitInlineCredit(line.text);
    if ((inHeader || hasCaptionMarker(line.text)) && inline && isCaptionSized(inline.caption)) {
      line.role = 'caption';
      line.image = { caption: inline.caption, credit: inline.credit };
    } else if (inHeader && hasCaptionMarker(line.text) && isCaptionSized(line.text)) {
      line.role = 'caption';
      line.image = { caption: line.text, credit: null };
    } else if (subtitleOpen && isStandfirst(line.text, inHeader)) {
      line.role = 'subtitle';
    }
    subtitleOpen = false;
    if (!inHeader) break;
  }
  return end;
}

/**
 * Under the headline, a standfirst is told from the lead paragraph by what follows it (a date or
 * byline still to come, so it is inside the header) or, with no header, by its shape: a deck
 * without a closing full stop.
 */
function isStandfirst(text: string, inHeader: boolean): boolean {
  if (text.length > SUBTITLE_MAX) return false;
  if (inHeader) return true;
  const words = text.split(/\s+/).length;
  return !endsLikeSentence(text) && words >= 6 && words <= 60;
}

/**
 * From the end: link lists ("Related:" and the headlines under it), share and copyright lines,
 * tag clouds. Stops at the last line of running text.
 */
function markTrailer(lines: Line[]): void {
  const firstBody = lines.findIndex((l) => l.role === 'body');
  if (firstBody < 0) return;
  for (let i = lines.length - 1; i > firstBody; i--) {
    const line = lines[i];
    if (line === undefined || line.role !== 'body' || !isLinkListHeading(line.text)) continue;
    line.role = 'junk';
    for (const item of lines.slice(i + 1)) {
      if (item.role === 'body' && !(endsLikeSentence(item.text) && item.text.length > 200)) item.role = 'junk';
    }
  }
  for (let i = lines.length - 1; i > firstBody; i--) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.role !== 'body') continue;
    if (line.text.length < 60 && !endsLikeSentence(line.text)) line.role = 'junk';
    else break;
  }
}

function findByline(lines: Line[]): string[] {
  const names = lines.filter((l) => l.role === 'byline').flatMap((l) => l.names);
  // "Reporting by …" at the foot names the reporters when no byline does.
  const fallback = names.length > 0 ? names : lines.flatMap((l) => (l.role === 'junk' ? l.names : []));
  return [...new Set(fallback)];
}

/** The header's publication date first, an "Updated" line only when nothing else is dated. */
function findPublished(lines: Line[], headerEnd: number): string | null {
  const dated = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.date !== null && (l.role === 'date' || l.role === 'byline'));
  const isUpdate = (l: Line): boolean =>
    /^\s*(?:last\s+)?(?:updated|modified|обновлено|оновлено|aktualisiert|mis à jour|actualizado)/iu.test(l.text);
  const ordered = [
    ...dated.filter(({ l, i }) => i <= headerEnd && !isUpdate(l)),
    ...dated.filter(({ l }) => !isUpdate(l)),
    ...dated,
  ];
  return ordered[0]?.l.date ?? null;
}
