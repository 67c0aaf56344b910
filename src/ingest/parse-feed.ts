import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  url: string;
  /** The item's date as YYYY-MM-DD, used when the page itself gives none. */
  published: string | null;
  title: string | null;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true });

/** True when the text looks like an RSS or Atom document rather than a page. */
export function looksLikeFeed(text: string, contentType: string | null = null): boolean {
  if (contentType && /(rss|atom)\+xml/i.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4096));
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function text(node: unknown): string | null {
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return text((node)['#text']);
  return null;
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

type Node = Record<string, unknown>;

/** The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's link and date. */
export function parseFeed(xml: string): FeedItem[] {
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const items: FeedItem[] = [];
  const rssItems = [...asArray((rss?.channel as Node | undefined)?.item as Node[] | Node | undefined), ...asArray(rdf?.item as Node[] | Node | undefined)];
  for (const item of rssItems) {
    const url = text(item.link) ?? (text(item.guid)?.startsWith('http') ? text(item.guid) : null);
    if (url) items.push({ url, published: isoDay(text(item.pubDate) ?? text(item['dc:date'])), title: text(item.title) });
  }
  for (const entry of asArray(atom?.entry as Node[] | Node | undefined)) {
    const links = asArray(entry.link as Node[] | Node | undefined);
    const link = links.find((l) => l['@rel'] === undefined || l['@rel'] === 'alternate') ?? links[0];
    const url = typeof link?.['@href'] === 'string' ? link['@href'] : null;
    if (url) items.push({ url, published: isoDay(text(entry.published) ?? text(entry.updated)), title: text(entry.title) });
  }
  return items;
}
