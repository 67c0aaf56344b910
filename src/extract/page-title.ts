import { normaliseSpace } from './build-article.js';

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

export interface TitleSources {
  headings: string[];
  headline: string | null;
  ogTitle: string | null;
  htmlTitle: string | null;
  site: string | null;
  url: string | null;
}

const similar = (a: string, b: string): boolean => {
  const ka = key(a);
  const kb = key(b);
  return ka.length > 0 && kb.length > 0 && (ka === kb || (kb.includes(ka) && ka.length >= 0.5 * kb.length) || (ka.includes(kb) && kb.length >= 0.5 * ka.length));
};

/**
 * The visible headline (<h1>) when metadata confirms it; otherwise the metadata title without the
 * site's name. The <h1> is what readers see and matches the true title more often than og:title.
 */
export function choosePageTitle(s: TitleSources): string | null {
  let host: string | null = null;
  try {
    host = s.url ? new URL(s.url).hostname : null;
  } catch {
    host = null;
  }
  const cleaned = [s.headline, s.ogTitle, s.htmlTitle]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(normaliseSpace(t), s.site, host));
  for (const h of s.headings.map(normaliseSpace)) {
    if (h.length < 3 || h.length > 400) continue;
    const match = cleaned.find((c) => similar(h, c));
    if (!match) continue;
    // An <h1> is often restyled in capitals or sentence case; the metadata keeps the title's own case.
    if (match.toLowerCase() === h.toLowerCase()) return match;
    // Some sites put their name into the <h1> too.
    return stripSiteName(h, s.site, host, true);
  }
  // A single <h1> is the page's headline even when the metadata words it for search engines.
  const single = s.headings.filter((h) => h.length > 0);
  if (single.length === 1 && words(single[0]!) >= 3 && single[0]!.length <= 300 && !names(s.site, host).some((n) => key(single[0]!) === n)) {
    return single[0]!;
  }
  return cleaned[0] ?? s.headings.map(normaliseSpace).find((h) => h.length >= 3) ?? null;
}
