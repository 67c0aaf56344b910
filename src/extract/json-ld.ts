import { decodeHTMLStrict } from 'entities';

/** JSON-LD as pages really write it: often invalid, nested in @graph and arrays. */

export type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Repairs seen on real pages, tried in turn until the text parses. */
const REPAIRS: ((s: string) => string)[] = [
  (s) => s.replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)|(?:\/\/\s*)?\]\]>\s*$/g, ''),
  // Raw line breaks and tabs inside strings.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  (s) => s.replace(/[\u0000-\u001f]+/g, ' '),
  (s) => s.replace(/,\s*([}\]])/g, '$1'),
  // Several objects one after the other.
  (s) => `[${s.replace(/}\s*{/g, '},{')}]`,
  (s) => s.replace(/;\s*$/, ''),
  // A stray backslash before a character JSON does not escape.
  (s) => s.replace(/\\(?!["\\/bfnrtu])/g, ''),
];

export function parseJsonLenient(text: string): unknown {
  let s = text.trim();
  try {
    return JSON.parse(s);
  } catch {
    // repaired below
  }
  for (const repair of REPAIRS) {
    s = repair(s);
    try {
      return JSON.parse(s);
    } catch {
      // try the next repair on top
    }
  }
  return undefined;
}

/** Every object of the blocks, flattened out of arrays and @graph, without recursion limits hit. */
export function jsonLdNodes(blocks: string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const stack: unknown[] = blocks.map(parseJsonLenient).reverse();
  let budget = 10_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      nodes.push(v);
      if (v['@graph'] !== undefined) stack.push(v['@graph']);
      if (isObject(v.mainEntity)) stack.push(v.mainEntity);
    }
  }
  return nodes;
}

export const types = (node: JsonObject): string[] => {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
};

const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'Review',
  'Recipe',
];

/** The node describing the article: the most specific article type wins, WebPage last. */
export function articleNode(nodes: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const node of nodes) {
    for (const t of types(node)) {
      const rank = ARTICLE_TYPES.indexOf(t);
      if (rank >= 0 && rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
  }
  return best;
}

export function str(v: unknown): string | null {
  // JSON-LD strings never went through the HTML parser; character references need a terminating ';' here.
  if (typeof v === 'string') return decodeHTMLStrict(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['@value'] ?? v.name);
  return null;
}

/** Names in an author/publisher value: strings, objects with name, arrays, @id references. */
export function names(v: unknown, nodes: JsonObject[]): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else if (isObject(item)) {
      let target = item;
      if (item.name === undefined && typeof item['@id'] === 'string') {
        target = nodes.find((n) => n['@id'] === item['@id'] && n.name !== undefined) ?? item;
      }
      const name = str(target.name);
      if (name) out.push(name);
    }
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
