import type { JsonObject } from './json-ld.js';
import { str } from './json-ld.js';
import { dateFromUrl, findDate, parseDate } from './parse-date.js';

/** Meta names of the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'originalpublicationdate',
  'article.published',
  'cxenseparse:recs:publishtime',
  'og:published_time',
  'datecreated',
  'citation_publication_date',
  'citation_date',
];

export interface DateSources {
  document: Document;
  meta: Map<string, string>;
  /** Every JSON-LD object of the page, and the one describing the article. */
  nodes: JsonObject[];
  article: JsonObject | null;
  url: string | null;
  /** Dates under publication keys in the page's inline scripts (see scriptDates). */
  scriptDates: string[];
  /** The latest possible day (YYYY-MM-DD): when the page was fetched. */
  notAfter: string;
}

/**
 * The day the page was first published, as precise as its source. Metadata first (JSON-LD, meta
 * tags, <time> marked as the publication), then the dates the page shows where dates are shown, then
 * dates in its scripts, then the first date in its text. Publication wins over modification, as in
 * htmldate's evaluation; a full date in the URL wins over all when they disagree, and no date later
 * than the fetch is taken.
 */
export function publicationDate(s: DateSources): string | null {
  const ok = (d: string | null): d is string => d !== null && d.slice(0, 10) <= s.notAfter;
  const first = (values: (string | null | undefined)[]): string | null => {
    for (const v of values) {
      const d = parseDate(v);
      if (ok(d)) return d;
    }
    return null;
  };
  const found =
    first([str(s.article?.datePublished), ...DATE_META.map((k) => s.meta.get(k)), str(s.article?.dateCreated)]) ??
    first(s.nodes.map((n) => str(n.datePublished))) ??
    markedTime(s.document, ok);
  const date = found ?? shownDate(s.document, ok) ?? first(s.scriptDates) ?? textDate(s.document, ok);
  const fromUrl = dateFromUrl(s.url);
  // The URL is the most reliable source when it has a full date; metadata in UTC can shift the day.
  if (ok(fromUrl) && (!date || date.slice(0, 10) !== fromUrl)) return fromUrl;
  return date;
}

function markedTime(document: Document, ok: (d: string | null) => d is string): string | null {
  for (const time of document.querySelectorAll('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][content], article time[datetime], time[datetime]')) {
    const d = parseDate(time.getAttribute('datetime') ?? time.getAttribute('content')) ?? parseDate(time.textContent);
    if (ok(d)) return d;
  }
  return null;
}

/** Class or id words of the elements where pages show dates and bylines. */
const DATE_PLACE = /date|time|publish|posted|dateline|timestamp|byline|meta|datum|fecha|data|author|info/i;
const UPDATED = /updated|modified|aktualisiert|geändert|mis à jour|actualizado|обновлено|оновлено/i;

/**
 * A date shown where pages show dates: <time> elements and elements named for dates or bylines, in
 * page order; one labelled as an update only when no other is found.
 */
function shownDate(document: Document, ok: (d: string | null) => d is string): string | null {
  const body = document.body;
  if (!body) return null;
  let updated: string | null = null;
  let checked = 0;
  for (const el of body.querySelectorAll('time, [class], [id]')) {
    if (el.localName !== 'time' && !DATE_PLACE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = textOf(el);
    if (text.length > 200 || !/\d/.test(text)) continue;
    if (++checked > 300) break;
    const d = findDate(text);
    if (!ok(d)) continue;
    if (!UPDATED.test(text)) return d;
    updated ??= d;
  }
  return updated;
}

/** The first date in the page's text, read text node by text node so that no two run together. */
function textDate(document: Document, ok: (d: string | null) => d is string): string | null {
  const body = document.body;
  if (!body) return null;
  for (const chunk of textChunks(body, 100_000)) {
    const d = findDate(chunk);
    if (ok(d)) return d;
  }
  return null;
}

/** An element's text with its text nodes apart: "Computing</h1><p>October 3" is not "ComputingOctober 3". */
function textOf(el: Element): string {
  return textChunks(el, 1000).join(' ').replace(/\s+/g, ' ').trim();
}

/** Text nodes under el, in order, merged into chunks of a few hundred characters, up to limit characters. */
function textChunks(el: Element, limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let total = 0;
  const stack: Node[] = [el];
  while (stack.length > 0 && total < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      current += ` ${t}`;
      total += t.length;
      if (current.length > 300) {
        chunks.push(current);
        // Keep a tail so that a date cut by the chunk boundary is still found whole.
        current = current.slice(-40);
      }
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}

/** Keys under which page scripts (Next.js data, analytics layers) carry the publication date. */
const SCRIPT_DATE =
  /["'](?:datePublished|publishDate|publishedDate|publishedAt|published_at|publicationDate|firstPublishedAt|first_published_at|date_published|pubDate|postedAt|releaseDate|firstReleaseTime)["']\s*:\s*["']([^"']{8,40})["']/g;

/** Dates under publication keys in a page's source, in order (its scripts are dropped before parsing). */
export function scriptDates(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(SCRIPT_DATE)) {
    out.push(m[1]!);
    if (out.length >= 10) break;
  }
  return out;
}
