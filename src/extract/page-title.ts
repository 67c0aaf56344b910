import { normaliseSpace } from './build-article.js';
import type { PageMetadata } from './metadata.js';
import { DATE_PATTERN } from './parse-date.js';

const SEPARATOR = /\s+(?:[|–—·•»«:~/]|-{1,2}|::)\s+/;

const key = (s: string): string => s.toLowerCase().replace(/^www\./, '').replace(/\.(?:com|org|net|co\.uk|de|fr|ru|ua|info)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const names = (site: string | null, host: string | null): string[] =>
  [site, host, host?.replace(/^www\./, '').split('.')[0]].filter((n): n is string => !!n).map(key);

/** Drops a " | Site Name" or "Site - " part from a page title. */
export function stripSiteName(title: string, site: string | null, host: string | null, knownOnly = false): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const siteNames = names(site, host);
  const isSite = (p: string): boolean => siteNames.some((n) => n.length > 0 && (key(p) === n || (key(p).includes(n) && words(p) <= 4) || (n.includes(key(p)) && key(p).length >= 4)));
  let kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length && !knownOnly) {
    // No known name: a short last part after a long title is the site's name.
    const last = parts[parts.length - 1]!;
    const rest = parts.slice(0, -1).join(' ');
    if (words(last) <= 4 && words(rest) >= 3) kept = parts.slice(0, -1);
  }
  if (kept.length === 0) return title.trim();
  // What remains was split on separators that belong to the title itself: rejoin it as written.
  const start = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

/**
 * A short part after a " | ", or several such parts, are a search-engine tail ("| Top 19 Companies")
 * or a section and site name; a long second half after one bar can be the headline's own.
 */
function cutAtBar(title: string): string {
  const parts = title.split(' | ');
  if (parts.length < 2 || words(parts[0]!) < 2) return title;
  return parts.length > 2 || words(parts[1]!) <= 4 ? parts[0]!.trim() : title;
}

const DATE_AT_START = new RegExp(`^(?:${DATE_PATTERN})\\s*[-–—|:·•]?\\s*`, 'iu');
const DATE_AT_END = new RegExp(`\\s*[-–—|·•]?\\s*(?:(?:posted|published|updated)\\s+(?:on\\s+)?)?(?:${DATE_PATTERN})(?:\\s+by\\s+[^,|]{1,40})?$`, 'iu');

/** A heading as a headline: without a "Title:" label, a date line run into it, or a search-engine tail. */
function cleanHeading(h: string): string {
  let t = normaliseSpace(h).replace(/^(?:title|headline)\s*:\s*/i, '');
  const noDate = t.replace(DATE_AT_START, '').replace(DATE_AT_END, '');
  if (noDate !== t && words(noDate) >= 3) t = noDate;
  return cutAtBar(t);
}

export interface TitleSources {
  headings: string[];
  headline: string | null;
  ogTitle: string | null;
  htmlTitle: string | null;
  site: string | null;
  url: string | null;
}

/** Lower-cased words of a title, for comparing titles that differ in case and punctuation. */
const wordSet = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Two titles are the same headline: one holds the other's letters, or they share most words. */
function similar(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka.length === 0 || kb.length === 0) return false;
  if (ka === kb || (kb.includes(ka) && ka.length >= 0.5 * kb.length) || (ka.includes(kb) && kb.length >= 0.5 * ka.length)) return true;
  const wa = wordSet(a);
  const wb = wordSet(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared >= 3 && shared >= 0.8 * Math.max(wa.size, wb.size);
}

/** All capitals or no capitals: a heading styled by its site, where the metadata keeps the title's case. */
const oneCase = (s: string): boolean => s === s.toUpperCase() || s === s.toLowerCase();

const hostOf = (url: string | null): string | null => {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

/**
 * The headline as the page shows it. An <h1> that the metadata (JSON-LD headline, og:title, <title>
 * without the site's name) confirms wins, in the page's own wording and quotes; a lone <h1> wins too
 * when it is long enough to be a headline rather than a section's label, as metadata is often worded
 * for search engines. Otherwise the title most metadata sources agree on.
 */
export function choosePageTitle(s: TitleSources): string | null {
  const host = hostOf(s.url);
  const siteKeys = names(s.site, host);
  const meta = [s.headline, s.ogTitle, s.htmlTitle]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(cutAtBar(normaliseSpace(t).replace(/^(?:title|headline)\s*:\s*/i, '')), s.site, host))
    .filter((t) => t.length > 0);
  // The parts of the <title> that stripping took away are the site's name, whatever the page calls itself.
  const stripped = s.htmlTitle ? normaliseSpace(s.htmlTitle).split(SEPARATOR).slice(1).map(key) : [];
  const isSiteName = (h: string): boolean => siteKeys.includes(key(h)) || (stripped.includes(key(h)) && !meta.some((m) => key(m) === key(h)));
  const headings = s.headings.map(cleanHeading).filter((h) => h.length >= 3 && h.length <= 400 && !isSiteName(h));

  for (const h of headings) {
    const match = meta.find((m) => similar(h, m));
    if (!match) continue;
    if (oneCase(h) && !oneCase(match)) return match;
    // The same words in another case: the page's own wording, unless the metadata agrees on its own.
    if (h.toLowerCase() === match.toLowerCase() && meta.filter((m) => m === match).length >= 2) return match;
    // Some sites put their name into the <h1> too.
    return stripSiteName(h, s.site, host, true);
  }
  const lone = s.headings.filter((h) => normaliseSpace(h).length > 0);
  if (lone.length === 1 && headings.length === 1) {
    const h = headings[0]!;
    // One or two words are more often a section's label than a headline.
    if (h.length <= 300 && words(h) >= (meta.length === 0 ? 2 : 3)) return h;
  }
  return consensus(meta) ?? headings[0] ?? null;
}

/**
 * The metadata title most sources give, the JSON-LD headline first on a tie; a title that another one
 * continues was cut off, and the longer one stands for both.
 */
function consensus(meta: string[]): string | null {
  let best: string | null = null;
  let bestVotes = 0;
  for (const m of meta) {
    const full = meta.find((o) => o.length > m.length && o.startsWith(m)) ?? m;
    const votes = meta.filter((o) => key(o) === key(full) || full.startsWith(o)).length;
    if (votes > bestVotes) {
      best = full;
      bestVotes = votes;
    }
  }
  return best;
}

/** Text of a heading; a <br> inside it separates words. */
function headingText(h: Element): string {
  for (const br of h.querySelectorAll('br')) br.replaceWith(' ');
  return normaliseSpace(h.textContent ?? '');
}

/** A site's logo or menu marked up as an <h1>: not the headline. */
const CHROME_HEADING = /logo|brand|site-?(?:title|name)|masthead|menu/i;

/** The page's headline, from its <h1>s and what its metadata calls it. */
export function pageTitle(document: Document, meta: PageMetadata): string | null {
  const headings = [...document.querySelectorAll('h1')]
    .filter((h) => !CHROME_HEADING.test(`${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`))
    .slice(0, 5)
    .map(headingText);
  return choosePageTitle({ headings, headline: meta.headline, ogTitle: meta.ogTitle, htmlTitle: meta.htmlTitle, site: meta.site, url: meta.url });
}
