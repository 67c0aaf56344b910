import { normaliseSpace } from './build-article.js';
import { articleNode, jsonLdNodes, names, str, webPageNode } from './json-ld.js';
import type { JsonObject } from './json-ld.js';
import { dateFromUrl, findDate, parseDate } from './parse-date.js';

/** What the page says about itself, before the body is known. */
export interface PageMetadata {
  url: string | null;
  headline: string | null;
  ogTitle: string | null;
  htmlTitle: string | null;
  description: string | null;
  byline: string[];
  published: string | null;
  site: string | null;
}

/** Meta tags by lower-cased name, property or itemprop; the first value wins. */
export function metaTags(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = el.getAttribute('content');
    if (key && content && content.trim() && !meta.has(key)) meta.set(key, normaliseSpace(content));
  }
  return meta;
}

const first = (meta: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
};

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'published_time',
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

function publishedDate(document: Document, meta: Map<string, string>, article: JsonObject | null, page: JsonObject | null, url: string | null): string | null {
  const candidates: (string | null)[] = [
    parseDate(str(article?.datePublished)),
    ...DATE_META.map((k) => parseDate(meta.get(k))),
    parseDate(str(article?.dateCreated)),
    parseDate(str(page?.datePublished)),
  ];
  let found = candidates.find((c) => c !== null) ?? null;
  if (!found) {
    const time = document.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
    found = parseDate(time?.getAttribute('datetime')) ?? parseDate(time?.textContent);
  }
  found ??= dateFromText(document);
  const fromUrl = dateFromUrl(url);
  // The URL is the most reliable source when it has a full date; metadata in UTC can shift the day.
  if (fromUrl && (!found || found.slice(0, 10) !== fromUrl)) return fromUrl;
  return found;
}

const DATE_PLACE = /date|time|publish|posted|dateline|timestamp|byline|meta|datum|fecha|data/i;

/**
 * A date written in the page where dates are shown: elements named for dates or bylines first, then
 * the first date anywhere in the body. Pages without date metadata mostly show one near the headline.
 */
function dateFromText(document: Document): string | null {
  const body = document.body;
  if (!body) return null;
  let checked = 0;
  for (const el of body.querySelectorAll('[class], [id], time')) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.localName !== 'time' && !DATE_PLACE.test(attr)) continue;
    const text = el.textContent ?? '';
    if (text.length > 200 || !/\d/.test(text)) continue;
    const date = parseDate(text) ?? findDate(text);
    if (date) return date;
    if (++checked > 200) break;
  }
  return findDate((body.textContent ?? '').slice(0, 100_000));
}

function cleanName(name: string): string | null {
  const n = normaliseSpace(name)
    .replace(/^(?:by|von|par|por|di|door|от|автор:?)\s+/i, '')
    .replace(/\s*[|,-]\s*(?:staff|reporter|correspondent|editor).*$/i, '')
    .trim();
  if (!n || n.length > 60 || /^https?:|www\.|@/.test(n) || /\d{4}/.test(n)) return null;
  return n;
}

/** Splits "A, B and C" into names; drops URLs, dates and roles. */
export function bylineNames(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    for (const part of r.split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*/i)) {
      const n = cleanName(part);
      if (n && !out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
    }
  }
  return out;
}

function bylineFromMarkup(document: Document): string[] {
  const el = document.querySelector(
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], a[rel="author"], .byline__name, .author-name, .byline .author, .byline',
  );
  const text = el?.textContent ? normaliseSpace(el.textContent) : '';
  if (!text || text.length > 120) return [];
  // A byline element often carries the date too: keep what comes before it.
  return [text.replace(/\s*(?:[|•·,]|\bon\b|\bupdated\b|\bpublished\b)\s*.*\d{4}.*$/i, '')];
}

/** `href` as a full address against `base`; null when it is missing or cannot be made one. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

export function readMetadata(document: Document, jsonLd: string[], docUrl: string | null): PageMetadata {
  const meta = metaTags(document);
  const nodes = jsonLdNodes(jsonLd);
  const article = articleNode(nodes);
  const page = webPageNode(nodes);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = docUrl ?? absoluteUrl(canonical, null) ?? absoluteUrl(meta.get('og:url'), null) ?? absoluteUrl(str(article?.url), null);

  const authorsLd = article ? names(article.author ?? article.creator, nodes) : [];
  const authorMeta = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('parsely-author'), meta.get('sailthru.author')].filter(
    (a): a is string => a !== undefined && !/^https?:/.test(a),
  );
  const byline = bylineNames(authorsLd.length ? authorsLd : authorMeta.length ? authorMeta.slice(0, 1) : bylineFromMarkup(document));

  const publisher = article ? names(article.publisher, nodes)[0] : undefined;
  const titleEl = document.querySelector('title');
  return {
    url,
    headline: str(article?.headline) ? normaliseSpace(str(article?.headline)!) : null,
    ogTitle: first(meta, ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title']),
    htmlTitle: titleEl?.textContent ? normaliseSpace(titleEl.textContent) || null : null,
    description: first(meta, ['og:description', 'description', 'twitter:description', 'dc.description']) ?? str(article?.description),
    byline,
    published: publishedDate(document, meta, article, page, url),
    site: first(meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) ?? publisher ?? null,
  };
}
