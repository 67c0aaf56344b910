/**
 * Query latency over a large synthetic store: builds (or reuses) a store of N reports through the
 * store's own write path, then times the queries behind the UI, median and p99. Past a million,
 * the million-report store is built (or reused) and grown in SQL (bench/replicate-store.ts).
 *   node --import tsx bench/store-queries.ts --events 1000000 [--db bench/out/store-1m.db]
 * On PostgreSQL, the store is built in the URL's schema: `--base N` reports through the write path
 * (`--writers W` articles in flight at once), then grown in SQL (bench/replicate-pg-store.ts):
 *   node --import tsx bench/store-queries.ts --events 10000000 --base 1000000 --writers 4 \
 *     --db 'postgres://postgres@127.0.0.1/test?schema=bench_store'
 * `--only WORDS` times only the queries whose label has the words ("--only profile").
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildArticle } from '../src/extract/build-article.js';
import type { EventFilter, EventStore } from '../src/store/event-store.js';
import { isServerUrl, openStore } from '../src/store/open-store.js';
import { actorProfile } from '../src/server/actor-profile.js';
import type { ActorRef, Event } from '../src/types/index.js';
import { redactUrl } from '../src/store/postgres/connect-pool.js';
import { replicatePgStore } from './replicate-pg-store.js';
import { replicateStore } from './replicate-store.js';

/** The bytes of a PostgreSQL store's schema: tables, indexes and TOAST. */
async function schemaBytes(url: string): Promise<number> {
  const schema = new URL(url).searchParams.get('schema') ?? 'public';
  const target = new URL(url);
  target.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(
    "SELECT sum(pg_total_relation_size(c.oid))::text AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'",
    [schema],
  );
  await client.end();
  return Number(rows[0]?.n ?? 0);
}

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    db: { type: 'string' },
    runs: { type: 'string', default: '50' },
    base: { type: 'string', default: '1000000' },
    writers: { type: 'string', default: '1' },
    'grow-until': { type: 'string' },
    only: { type: 'string' },
  },
});
const total = Number(values.events);
const db = values.db ?? `bench/out/store-${total}.db`;
const WRITE_PATH_MAX = Number(values.base);
const writers = Number(values.writers);
const runs = Number(values.runs);

const COUNTRIES = ['RUS', 'BLR', 'UKR', 'USA', 'CHN', 'TWN', 'DEU', 'FRA', 'GBR', 'POL', 'IRN', 'ISR', 'IND', 'PAK', 'TUR', 'JPN', 'KOR', 'PRK', 'SYR', 'IRQ'];
const SECTORS = ['', 'GOV', 'MIL', 'OPP', 'BUS'];
const CODES: [string, string | null, number, 1 | 2 | 3 | 4][] = [
  ['040', 'CONSULT', 1, 1], ['042', 'CONSULT', 1.9, 1], ['051', 'SUPPORT', 3.4, 1], ['036', 'AGREE', 4, 1], ['061', 'COOPERATE', 6.4, 2],
  ['071', 'AID', 7.4, 2], ['112', 'ACCUSE', -2, 3], ['130', 'THREATEN', -4.4, 3], ['163', 'SANCTION', -8, 4], ['190', 'ASSAULT', -10, 4],
];
const WORDS = 'talks summit sanctions troops border trade gas pipeline exercises drills missile election protest ceasefire aid loan embassy minister president parliament court'.split(' ');

/** mulberry32: a small deterministic generator with 32-bit integer arithmetic, so that every run builds the same store. */
let seed = 42;
function rand(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const pick = <T>(list: readonly T[]): T => list[rand(list.length)] as T;

function actor(country: string): ActorRef {
  const sector = pick(SECTORS);
  return { text: country, span: [0, 3], code: country + sector, country, sector: sector || null, entity: null };
}

async function build(store: EventStore, total: number): Promise<void> {
  const perArticle = 20;
  const started = Date.now();
  const cpu = process.cpuUsage();
  // Articles are made in order (the generator's sequence does not depend on timing); up to `writers` are written at once.
  const inFlight: Promise<unknown>[] = [];
  for (let a = 0; a * perArticle < total; a++) {
    const day = new Date(Date.UTC(2019, 0, 1) + rand(5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const sentences = Array.from({ length: perArticle }, (_, i) => `Sentence ${i} of story ${a} about ${pick(WORDS)} and ${pick(WORDS)} in ${pick(COUNTRIES)}.`);
    const article = buildArticle(
      { input: `synthetic-${a}`, bytes: new TextEncoder().encode(sentences.join(' ')), url: `https://example.org/${a}`, contentType: null },
      { kind: 'text', url: `https://example.org/${a}`, title: `Story ${a} ${pick(WORDS)}`, subtitle: null, byline: [], published: day, language: 'en', images: [], paragraphs: sentences },
    );
    const events: Event[] = article.paragraphs.map((p, i) => {
      const [cameo, plover, goldstein, quad] = pick(CODES);
      const s = pick(COUNTRIES);
      let t = pick(COUNTRIES);
      if (t === s) t = COUNTRIES[(COUNTRIES.indexOf(s) + 1) % COUNTRIES.length] as string;
      return {
        id: `e_${a}_${i}`,
        article: article.id,
        sentence: { index: i, start: p.start, end: p.end, text: article.body.slice(p.start, p.end) },
        source: actor(s),
        target: actor(t),
        action: { text: 'x', cameo, plover: { event: plover, mode: null, context: [] }, goldstein, quad },
        modality: 'asserted',
        attribution: null,
        date: { value: day, precision: 'day' },
        location: null,
        confidence: 0.8,
      };
    });
    inFlight.push(store.addArticle(article, { events, quotes: [], quantities: [] }));
    if (inFlight.length >= writers) await inFlight.shift();
    if (a % 5000 === 0 && a > 0) console.error(`  ${a * perArticle} events, ${(((a * perArticle) / (Date.now() - started)) * 1000).toFixed(0)} events/s`);
  }
  await Promise.all(inFlight);
  const used = process.cpuUsage(cpu);
  console.error(`built ${total} reports in ${((Date.now() - started) / 1000).toFixed(0)} s, ${((used.user + used.system) / 1e6).toFixed(0)} s CPU in this process`);
}

/** Wall time of each run and, as the machine is shared, the CPU time of this process (the store's work, on SQLite). */
async function time(label: string, fn: () => Promise<unknown>): Promise<void> {
  if (values.only && !label.includes(values.only)) return;
  const ms: number[] = [];
  const cpuMs: number[] = [];
  await fn();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const p = (list: number[], q: number): string => (list.sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0).toFixed(1);
  console.log(`| ${label} | ${p(ms, 0.5)} | ${p(ms, 0.99)} | ${p(cpuMs, 0.5)} |`);
}

let size: string;
let store: EventStore;
if (isServerUrl(db)) {
  store = await openStore(db);
  if ((await store.stats()).events === 0) await build(store, Math.min(total, WRITE_PATH_MAX));
  // Grown in SQL to `total`, or as far as it gets by --grow-until (an ISO time).
  const deadline = values['grow-until'] ? Date.parse(values['grow-until']) : Infinity;
  if ((await store.stats()).events < total * 0.9) {
    console.error(`growing ${redactUrl(db)} to ${total} events`);
    await replicatePgStore(db, total, (line) => console.error(line), deadline);
  }
  size = `${(await schemaBytes(db)) / 2 ** 20 >>> 0} MB`;
} else {
  mkdirSync(dirname(db), { recursive: true });
  if (!existsSync(db) && total > WRITE_PATH_MAX) {
    const base = `bench/out/store-${WRITE_PATH_MAX}.db`;
    const baseStore = await openStore(base);
    if ((await baseStore.stats()).events === 0) await build(baseStore, WRITE_PATH_MAX);
    await baseStore.close();
    copyFileSync(base, db);
    console.error(`growing a copy of ${base} to ${total} events`);
    replicateStore(db, total, (line) => console.error(line));
  }
  const fresh = !existsSync(db);
  store = await openStore(db);
  if (fresh) await build(store, total);
  size = `${(statSync(db).size / 2 ** 20).toFixed(0)} MB`;
}
const stats = await store.stats();
console.log(`store: ${redactUrl(db)}, ${stats.events} events, ${stats.articles} articles, ${size}, ${runs} runs each\n`);
console.log('| query | median ms | p99 ms | median CPU ms |\n|---|---|---|---|');
const year: EventFilter = { since: '2021-01-01', until: '2021-12-31' };
await time('dyad time line RUS-BLR by month', () => store.dyad('RUS', 'BLR', 'month'));
await time('dyad time line RUSGOV-UKRMIL by week', () => store.dyad('RUSGOV', 'UKRMIL', 'week'));
// An events page is what /api/events answers: 50 events and the page total.
const eventsPage = (f: EventFilter) => (): Promise<unknown[]> => Promise.all([store.events({ ...f, limit: 50 }), store.pageTotal(f)]);
await time('dyad time line RUS-BLR by week', () => store.dyad('RUS', 'BLR', 'week'));
await time('events page, no filter', eventsPage({}));
await time('events page, dyad RUS:BLR', eventsPage({ dyad: ['RUS', 'BLR'] }));
await time('events page, dyad RUS:BLR, one year', eventsPage({ dyad: ['RUS', 'BLR'], ...year }));
await time('events page, actor RUS', eventsPage({ actor: 'RUS' }));
await time('events page, actor RUSGOV + one year', eventsPage({ actor: 'RUSGOV', ...year }));
await time('events page, actor USA + code 16 + one year', eventsPage({ actor: 'USA', code: '16', ...year }));
await time('events page, text "pipeline"', eventsPage({ q: 'pipeline' }));
await time('events page, text "pipeline" + actor RUS', eventsPage({ q: 'pipeline', actor: 'RUS' }));
await time('events page, text "pipeline" + dyad RUS:BLR', eventsPage({ q: 'pipeline', dyad: ['RUS', 'BLR'] }));
await time('events page, text "pipeline" + actor RUSGOV + code 16', eventsPage({ q: 'pipeline', actor: 'RUSGOV', code: '16' }));
await time('article search "sanctions summit"', () => store.search('sanctions summit', 20));
await time('network, one year', () => store.network(year));
await time('network, all time', () => store.network({}));
await time('countries map, one year', () => store.countries(year));
await time('actors', () => store.actors(200));
// What /api/profile answers: an actor's or a country's page (time line, partners, event types, latest).
await time('actor profile RUS by month', () => actorProfile(store, 'RUS', 'month', {}));
await time('actor profile RUSGOV by week, one year', () => actorProfile(store, 'RUSGOV', 'week', year));
await time('actor profile RUSGOV by week, all time', () => actorProfile(store, 'RUSGOV', 'week', {}));
await time('actor profile partners RUSGOV, one year', () => store.partners('RUSGOV', year));
await store.close();
