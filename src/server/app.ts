import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { DyadError } from '../errors.js';
import type { EventStore, Period } from '../store/event-store.js';
import { FILTER_FIELDS } from '../filter/filter-fields.js';
import { parseFilter } from '../filter/parse-filter.js';
import type { EventFilter } from '../store/event-store.js';
import { actorNameTables, isSectorOnly } from '../knowledge/actor-name-tables.js';
import { actorProfile } from './actor-profile.js';
import { errorAnswer } from './error-response.js';
import { hostAllowed } from './host-allowed.js';
import { INDEX_HTML } from './index-html.js';
import { readAsset } from './assets.js';

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

/** Query parameters as URLSearchParams: repeated keys and empty values behave as the filter expects. */
const query = (c: Context): URLSearchParams => new URL(c.req.url).searchParams;

export interface AppOptions {
  /** The name the server listens on (--host); 127.0.0.1, localhost and [::1] are always allowed. */
  host?: string;
  log?: (line: string) => void;
}

/**
 * The HTTP API and the UI over a store, as a Hono app: tests call app.request() in-process;
 * src/server/start-server.ts serves app.fetch over node:http.
 */
export function createApp(store: EventStore, options: AppOptions = {}): Hono {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const listenHost = options.host ?? '127.0.0.1';
  const app = new Hono();

  app.onError((err, c) => {
    const { status, message } = errorAnswer(err, `${c.req.method} ${c.req.path}`, log);
    return c.json({ error: message }, status);
  });
  app.notFound((c) => c.json({ error: `no route for ${c.req.path}` }, 404));

  app.use(async (c, next) => {
    // A page on another site that rebinds its own name to 127.0.0.1 arrives with its name in Host
    // (or in an absolute request target); only our own names are served.
    if (!hostAllowed(c.req.header('host'), listenHost) || !hostAllowed(new URL(c.req.url).host, listenHost)) {
      throw new HTTPException(421, { message: 'this server answers to 127.0.0.1 and localhost (and the name given to --host) only' });
    }
    // A target such as "//" or "//x:y" is a URL with an authority, or none at all: not ours.
    if (c.req.path.startsWith('//')) throw new HTTPException(400, { message: 'malformed request target' });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new HTTPException(405, { message: 'only GET is supported' });
    await next();
  });
  app.use(
    secureHeaders({
      // Article text is hostile input: no inline scripts or styles, nothing from elsewhere.
      contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], scriptSrc: ["'self'"], connectSrc: ["'self'"], frameAncestors: ["'none'"] },
      referrerPolicy: 'no-referrer',
      // Served over plain HTTP on loopback: a Strict-Transport-Security header would mean nothing.
      strictTransportSecurity: false,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));
  app.get('/api/events', async (c) => {
    const q = query(c);
    const filter = { ...filterFrom(q), ...page(q, 50) };
    const total = await store.pageTotal(filter);
    return c.json({ total: total.count, totalExact: total.exact, limit: filter.limit, offset: filter.offset, items: await store.events(filter) });
  });
  app.get('/api/dyad', async (c) => {
    const q = query(c);
    const a = q.get('a')?.toUpperCase();
    const b = q.get('b')?.toUpperCase();
    if (!a || !b) throw new DyadError('usage', 'a and b (actor codes) are required');
    const by = periodFrom(q);
    return c.json({ a, b, by, points: await store.dyad(a, b, by, filterFrom(q)) });
  });
  app.get('/api/profile', async (c) => {
    const q = query(c);
    const { actor, ...rest } = filterFrom(q);
    if (!actor) throw new DyadError('usage', 'actor (an actor or country code) is required');
    return c.json(await actorProfile(store, actor, periodFrom(q), rest));
  });
  app.get('/api/names', (c) => c.json(actorNameTables()));
  app.get('/api/actors', async (c) => c.json({ items: await store.actors(page(query(c), 200).limit) }));
  app.get('/api/network', async (c) => {
    const q = query(c);
    // The unresolved actor and bare sectors ("government" of no country) would be the biggest hubs and say nothing.
    const edges = (await store.network(filterFrom(q), page(q, 150).limit)).filter((e) => ![e.source, e.target].some((code) => code === '---' || isSectorOnly(code)));
    const nodes = new Map<string, number>();
    for (const e of edges) {
      nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
      nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
    }
    return c.json({ nodes: [...nodes].map(([id, events]) => ({ id, events })), edges });
  });
  app.get('/api/countries', async (c) => c.json({ items: await store.countries(filterFrom(query(c))) }));
  app.get('/api/search', async (c) => {
    const q = query(c);
    const { limit, offset } = page(q, 20);
    return c.json({ items: await store.search(q.get('q') ?? '', limit, offset), limit, offset });
  });
  app.get('/api/articles/:id{[A-Za-z0-9_]+}', async (c) => {
    const id = c.req.param('id');
    const found = await store.article(id);
    return found ? c.json(found) : c.json({ error: `no article ${id}` }, 404);
  });
  app.get('/', (c) => c.html(INDEX_HTML));
  const asset = async (c: Context, name: string): Promise<Response> => {
    const found = await readAsset(name);
    if (!found) return c.json({ error: 'no such asset' }, 404);
    return c.body(typeof found.body === 'string' ? found.body : new Uint8Array(found.body), 200, { 'content-type': found.type, 'cache-control': 'max-age=3600' });
  };
  app.get('/favicon.ico', (c) => asset(c, 'favicon.svg'));
  app.get('/assets/:name{[a-z0-9.-]+}', (c) => asset(c, c.req.param('name')));
  return app;
}
