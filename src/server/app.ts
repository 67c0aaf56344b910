import { DyadError } from '../errors.js';
import type { EventStore, Period } from '../store/event-store.js';
import { FILTER_FIELDS } from '../filter/filter-fields.js';
import { parseFilter } from '../filter/parse-filter.js';
import type { EventFilter } from '../store/event-store.js';
import { actorNameTables, isSectorOnly } from '../knowledge/actor-name-tables.js';
import { actorProfile } from './actor-profile.js';
import { INDEX_HTML } from './index-html.js';
import { readAsset } from './assets.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const SECURITY_HEADERS = {
  // Article text is hostile input: no inline scripts, nothing from elsewhere.
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function json(status: number, value: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS }, body: JSON.stringify(value) };
}

const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];
const MAX_LIMIT = 500;
/** Deeper pages make the store read and sort offset + limit rows; `dyad export` reads everything. */
const MAX_OFFSET = 100_000;

function wholeNumber(q: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = q.get(name);
  if (raw === null) return fallback;
  // Digits only: Number() would also take '', '1e9', '0x10' and 20-digit values it cannot hold exactly.
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw new DyadError('usage', `${name} must be a whole number from ${min} to ${max}`);
  return value;
}

function periodFrom(q: URLSearchParams): Period {
  const by = (q.get('by') ?? 'month') as Period;
  if (!PERIODS.includes(by)) throw new DyadError('usage', `by expects day, week, month or year, got "${by}"`);
  return by;
}

function page(q: URLSearchParams, fallback: number): { limit: number; offset: number } {
  return { limit: wholeNumber(q, 'limit', fallback, 1, MAX_LIMIT), offset: wholeNumber(q, 'offset', 0, 0, MAX_OFFSET) };
}

/** The filter from the query string, its errors named by the query's keys. */
function filterFrom(q: URLSearchParams): EventFilter {
  const input = Object.fromEntries(FILTER_FIELDS.map((f) => [f.key, q.get(f.key) ?? undefined]));
  return parseFilter({ ...input, background: q.get('background') ?? undefined }, (key) => key);
}

type Route = (q: URLSearchParams, params: string[]) => HttpResponse | Promise<HttpResponse>;

/**
 * The HTTP API and the UI over a store, as a function from a request to a response, so that tests
 * call it in-process; src/server/serve.ts adapts it to node:http.
 */
export function createApp(store: EventStore, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): { handle(method: string, url: string): Promise<HttpResponse> } {
  const routes: [RegExp, Route][] = [
    [/^\/api\/stats$/, async () => json(200, await store.stats())],
    [
      /^\/api\/events$/,
      async (q) => {
        const filter = { ...filterFrom(q), ...page(q, 50) };
        const total = await store.pageTotal(filter);
        return json(200, { total: total.count, totalExact: total.exact, limit: filter.limit, offset: filter.offset, items: await store.events(filter) });
      },
    ],
    [
      /^\/api\/dyad$/,
      async (q) => {
        const a = q.get('a')?.toUpperCase();
        const b = q.get('b')?.toUpperCase();
        if (!a || !b) throw new DyadError('usage', 'a and b (actor codes) are required');
        const by = periodFrom(q);
        return json(200, { a, b, by, points: await store.dyad(a, b, by, filterFrom(q)) });
      },
    ],
    [
      /^\/api\/profile$/,
      async (q) => {
        const { actor, ...rest } = filterFrom(q);
        if (!actor) throw new DyadError('usage', 'actor (an actor or country code) is required');
        return json(200, await actorProfile(store, actor, periodFrom(q), rest));
      },
    ],
    [/^\/api\/names$/, () => json(200, actorNameTables())],
    [/^\/api\/actors$/, async (q) => json(200, { items: await store.actors(page(q, 200).limit) })],
    [
      /^\/api\/network$/,
      async (q) => {
        // The unresolved actor and bare sectors ("government" of no country) would be the biggest hubs and say nothing.
        const edges = (await store.network(filterFrom(q), page(q, 150).limit)).filter((e) => ![e.source, e.target].some((c) => c === '---' || isSectorOnly(c)));
        const nodes = new Map<string, number>();
        for (const e of edges) {
          nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
          nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
        }
        return json(200, { nodes: [...nodes].map(([id, events]) => ({ id, events })), edges });
      },
    ],
    [/^\/api\/countries$/, async (q) => json(200, { items: await store.countries(filterFrom(q)) })],
    [
      /^\/api\/search$/,
      async (q) => {
        const text = q.get('q') ?? '';
        const { limit, offset } = page(q, 20);
        return json(200, { items: await store.search(text, limit, offset), limit, offset });
      },
    ],
    [
      /^\/api\/articles\/([A-Za-z0-9_]+)$/,
      async (_q, [id]) => {
        const found = await store.article(id ?? '');
        return found ? json(200, found) : json(404, { error: `no article ${id}` });
      },
    ],
    [/^\/$/, () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS }, body: INDEX_HTML })],
    [/^\/favicon\.ico$/, async () => (await readAsset('favicon.svg')) ?? json(404, { error: 'no such asset' })],
    [/^\/assets\/([a-z0-9.-]+)$/, async (_q, [name]) => (await readAsset(name ?? '')) ?? json(404, { error: 'no such asset' })],
  ];

  return {
    async handle(method, rawUrl) {
      if (method !== 'GET' && method !== 'HEAD') return json(405, { error: 'only GET is supported' });
      // A target such as "//" or "//x:y" is a URL with an authority, or none at all: not ours.
      const url = rawUrl.startsWith('/') && !rawUrl.startsWith('//') ? URL.parse(rawUrl, 'http://localhost') : null;
      if (!url) return json(400, { error: 'malformed request target' });
      try {
        for (const [pattern, route] of routes) {
          const m = pattern.exec(url.pathname);
          if (m) return await route(url.searchParams, m.slice(1));
        }
        return json(404, { error: `no route for ${url.pathname}` });
      } catch (err) {
        // The one place where errors become HTTP statuses.
        if (err instanceof DyadError) return json(err.kind === 'usage' ? 400 : 422, { error: err.message });
        log(`dyad serve: ${method} ${url.pathname}: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')}`);
        return json(500, { error: 'internal error' });
      }
    },
  };
}
