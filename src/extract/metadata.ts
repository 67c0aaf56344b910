import { normaliseSpace } from './build-article.js';
import { articleNode, jsonLdNodes, names, str } from './json-ld.js';
import { publicationDate } from './publication-date.js';

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

export interface MetadataContext {
  /** Dates under publication keys in the page's scripts (publication-date's scriptDates). */
  scriptDates?: string[];
  /** When the page was fetched (ISO 8601); no later publication date is taken. Default: now. */
  fetched?: string | null;
}

/** The day after the fetch: a page's own time zone can be a day ahead of UTC. */
function latestDay(fetched: string | null | undefined): string {
  const t = fetched ? Date.parse(fetched) : NaN;
  return new Date((Number.isNaN(t) ? Date.now() : t) + 86_400_000).toISOString().slice(0, 10);
}

export function readMetadata(document: Document, jsonLd: string[], docUrl: string | null, context: MetadataContext = {}): PageMetadata {
  const meta = metaTags(document);
  const nodes = jsonLdNodes(jsonLd);
  const article = articleNode(nodes);
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
    published: publicationDate({ document, meta, nodes, article, url, scriptDates: context.scriptDates ?? [], notAfter: latestDay(context.fetched) }),
    site: first(meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) ?? publisher ?? null,
  };
}
