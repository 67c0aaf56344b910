import { parseDateLine } from './parse-date-line.js';
import { sameText } from './text-line.js';
import type { Line } from './text-line.js';
import { parseByline } from './text-line-clues.js';

/** How far into a dump labelled fields ("Title: …", "URL: …") are looked for. */
const FIELD_REACH = 12;
const FIELD =
  /^(title|headline|sub-?title|sub-?headline|description|summary|standfirst|deck|author|authors|byline|url|link|source|source url|canonical(?: url)?|original(?: url| article)?)\s*:\s*(.+)$/i;
const URL_LINE = /^<?(https?:\/\/[^\s<>"]+)>?$/i;

/**
 * Scrapers that write their fields as "Title: …", "Author: …", "URL: …" lines at the top, and bare
 * URL lines (the page the dump came from, at the top or the very end). Returns the index of a
 * labelled title and the URL.
 */
export function readFields(lines: Line[]): { title: number | null; url: string | null } {
  let title: number | null = null;
  let url: string | null = null;
  lines.forEach((line, i) => {
    const atTop = i < FIELD_REACH;
    if (!atTop && i < lines.length - 3) return;
    const bare = URL_LINE.exec(line.text);
    if (bare && line.role === 'body') {
      line.role = 'junk';
      url ??= bare[1] ?? null;
      return;
    }
    const field = atTop && line.role === 'body' ? FIELD.exec(line.text) : null;
    if (!field) return;
    const name = (field[1] ?? '').toLowerCase();
    const value = (field[2] ?? '').trim();
    if (/^(?:title|headline)$/.test(name)) {
      if (title !== null) return;
      title = i;
      line.role = 'title';
      line.text = value;
      for (const later of lines.slice(i + 1)) if (later.role === 'body' && sameText(later.text, value)) later.role = 'junk';
    } else if (/^(?:sub|description|summary|standfirst|deck)/.test(name)) {
      line.role = 'subtitle';
      line.text = value;
    } else if (/^(?:author|byline)/.test(name)) {
      const names = parseByline(`By ${value}`);
      if (names === null) return;
      line.role = 'byline';
      line.names = names;
    } else {
      const link = URL_LINE.exec(value);
      if (!link) return;
      line.role = 'junk';
      url ??= link[1] ?? null;
    }
  });
  return { title, url };
}

/** News URLs often carry the day: "/2021/12/30/". */
export function dateInUrl(url: string | null): string | null {
  const m = url === null ? null : /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(url);
  return m ? parseDateLine(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

