import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import type { EventFilter, EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Article, Event } from '../../src/types/index.js';
import { orderFixture, runArrivalOrderSuite, storeSnapshot, threeOrders } from './arrival-order-suite.js';
import { runEventStoreSuite } from './event-store-suite.js';
import { makeArticle, makeEvent } from './make-records.js';
import { dropTestSchemas, freshStoreUrl, noServerTest, serverProblem, TEST_SERVER } from './postgres-test-server.js';

const none = { quotes: [], quantities: [] };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Runs SQL in the store's schema, outside the store. */
async function inSchema<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const schema = new URL(url).searchParams.get('schema') ?? 'public';
  const client = new pg.Client({ connectionString: TEST_SERVER, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Articles across days, weeks, months and years, with meetings either way, background, undated and plans. */
function variedArticles(): { article: Article; events: Event[] }[] {
  const out: { article: Article; events: Event[] }[] = [];
  const days = ['2020-12-31', '2021-01-01', '2021-01-03', '2021-01-04', '2021-01-10', '2021-01-11', '2021-06-30', '2021-12-29', '2022-01-02', '2024-12-30'];
  days.forEach((day, i) => {
    const a = makeArticle(
      [`Russia met Belarus on ${day} about the pipeline.`, `Ukraine accused Russia of shelling, day ${i}.`, 'Troops gathered near the border.', 'An old dispute from 1995 was recalled.'],
      { published: day, title: `Story ${i} pipeline` },
    );
    out.push({
      article: a,
      events: [
        makeEvent(a, { source: i % 2 ? 'RUSGOV' : 'BLRGOV', target: i % 2 ? 'BLRGOV' : 'RUSGOV', cameo: i % 3 ? '040' : '042', plover: 'CONSULT', date: { value: day, precision: 'day' } }),
        makeEvent(a, { source: 'UKR', target: 'RUS', cameo: '112', sentence: 1, goldstein: -2, quad: 3, date: { value: day.slice(0, 7), precision: 'month' }, location: 'UKR' }),
        makeEvent(a, { source: 'RUSMIL', target: i % 4 ? 'UKR' : null, cameo: '154', sentence: 2, plover: 'MOBILIZE', quad: 4, goldstein: -7.2, date: i % 5 ? { value: day, precision: 'day' } : null }),
        makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '111', sentence: 3, date: { value: '1995', precision: 'year' }, modality: i % 2 ? 'negated' : 'asserted' }),
      ],
    });
  });
  return out;
}

const problem = await serverProblem();
if (problem) {
  noServerTest('the PostgreSQL store tests', problem);
} else {
  after(dropTestSchemas);
  runEventStoreSuite('PostgreSQL store', () => openStore(freshStoreUrl()));
  runArrivalOrderSuite('PostgreSQL store', () => openStore(freshStoreUrl()));

  describe('PostgreSQL store', () => {
    it('answers every query as the SQLite store does, on the same records', async () => {
      const sqlite = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-parity-')), 'parity.db'));
      const postgres = await openStore(freshStoreUrl());
      for (const { article, events } of variedArticles()) {
        for (const store of [sqlite, postgres]) await store.addArticle(article, { ...none, events });
      }
      const same = async (what: string, ask: (s: EventStore) => Promise<unknown>): Promise<void> => {
        assert.deepEqual(await ask(postgres), await ask(sqlite), what);
      };
      const filters: EventFilter[] = [
        {},
        { actor: 'RUS' },
        { actor: 'RUSGOV' },
        { dyad: ['RUS', 'BLR'] },
        { dyad: ['UKR', 'RUS'], since: '2021-01-01', until: '2021-06-30' },
        { code: '1' },
        { code: '154' },
        { plover: 'consult' },
        { quad: 3 },
        { since: '2021-01-04' },
        { until: '2021-01-03' },
        { background: false },
        { q: 'pipeline' },
        { q: 'troops border', actor: 'RUS' },
        { limit: 3, offset: 2 },
        { actor: 'RUS', limit: 2, offset: 1 },
      ];
      for (const f of filters) {
        await same(`events ${JSON.stringify(f)}`, (s) => s.events(f));
        await same(`count ${JSON.stringify(f)}`, (s) => s.countEvents(f));
        await same(`page total ${JSON.stringify(f)}`, (s) => s.pageTotal(f));
        await same(`network ${JSON.stringify(f)}`, (s) => s.network(f));
        await same(`countries ${JSON.stringify(f)}`, (s) => s.countries(f));
      }
      for (const by of ['day', 'week', 'month', 'year'] as const) {
        await same(`dyad RUS-BLR by ${by}`, (s) => s.dyad('RUS', 'BLR', by));
        await same(`dyad RUSGOV-BLRGOV by ${by}`, (s) => s.dyad('RUSGOV', 'BLRGOV', by));
        await same(`dyad RUS-any by ${by}`, (s) => s.dyad('RUS', '', by, { since: '2021-01-01' }));
      }
      await same('export order', async (s) => (await collect(s.eachEvent({ actor: 'UKR' }))).map((e) => e.id));
      await same('actors', (s) => s.actors());
      await same('stats', (s) => s.stats());
      await same('search', async (s) => (await s.search('pipeline story', 5)).map((h) => [h.id, h.events, h.title]).sort());
      const first = (await postgres.events({ limit: 1 }))[0];
      await same('article', (s) => s.article(first?.evidence[0]?.article ?? ''));
      await sqlite.close();
      await postgres.close();
    });

    it('stores documents arriving in three orders as the SQLite store does, byte for byte', async () => {
      const docs = orderFixture();
      const ids = docs.map((d) => d.article.id);
      const sqlite = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-parity-')), 'order.db'));
      for (const d of docs) await sqlite.addArticle(d.article, d.coded);
      const expected = await storeSnapshot(sqlite, ids);
      await sqlite.close();
      for (const order of threeOrders(docs)) {
        const postgres = await openStore(freshStoreUrl());
        for (const d of order) await postgres.addArticle(d.article, d.coded);
        assert.equal(await storeSnapshot(postgres, ids), expected);
        await postgres.close();
      }
    });

    it('merges as before when an article\'s candidates are too many to read at once and are read report by report', async () => {
      const docs = orderFixture();
      const ids = docs.map((d) => d.article.id);
      const snapshots: string[] = [];
      for (const prefetchRows of [undefined, 0]) {
        const store = await openPostgresStore(freshStoreUrl(), { prefetchRows });
        for (const d of docs) await store.addArticle(d.article, d.coded);
        snapshots.push(await storeSnapshot(store, ids));
        await store.close();
      }
      assert.equal(snapshots[1], snapshots[0]);
      assert.match(snapshots[0] ?? '', /"mentions": 4/);
    });

    it('merges one event once when many writers add its reports at the same time', async () => {
      const url = freshStoreUrl();
      const writers = [await openStore(url), await openStore(url), await openStore(url)];
      const articles = Array.from({ length: 24 }, (_, i) => makeArticle([`Putin met Lukashenko, report ${i}.`], { published: '2021-12-30', title: `Report ${i}` }));
      const results = await Promise.all(
        articles.map((a, i) =>
          (writers[i % writers.length] as EventStore).addArticle(a, { ...none, events: [makeEvent(a, { source: i % 2 ? 'RUSGOV' : 'BLRGOV', target: i % 2 ? 'BLRGOV' : 'RUSGOV', cameo: '040' })] }),
        ),
      );
      assert.ok(results.every((r) => r.status === 'added'));
      // The same article from two writers at once is stored once.
      const twice = await Promise.all(writers.slice(0, 2).map((w) => w.addArticle(articles[0] as Article, { ...none, events: [] })));
      assert.deepEqual(twice, [{ status: 'unchanged' }, { status: 'unchanged' }]);
      const reader = writers[0] as EventStore;
      const events = await reader.events();
      assert.equal(events.length, 1);
      assert.equal(events[0]?.mentions, 24);
      assert.equal(events[0]?.articles, 24);
      assert.deepEqual(await reader.stats(), { articles: 24, events: 1, mentions: 24 });
      // Its direction is its first report's, whichever writer committed first.
      assert.deepEqual(
        (await reader.dyad('RUS', 'BLR', 'month')).map(({ direction: _, ...p }) => p),
        [{ period: '2021-12', events: 1, mentions: 24, goldsteinSum: 1, goldsteinMean: 1, quad: [1, 0, 0, 0] }],
      );
      for (const w of writers) await w.close();
    });

    it('files events in month partitions, recalled history in a yearly one, undated events in the default', async () => {
      const url = freshStoreUrl();
      const store = await openStore(url);
      const a = makeArticle(['Russia met Belarus.', 'Ukraine accused Russia.', 'A 1995 treaty was recalled.'], { published: '2021-12-30' });
      await store.addArticle(a, {
        ...none,
        events: [
          makeEvent(a, { source: 'RUS', target: 'BLR', cameo: '040' }),
          makeEvent(a, { source: 'UKR', target: 'RUS', cameo: '112', sentence: 1, date: null }),
          makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '057', sentence: 2, date: { value: '1995-05', precision: 'month' } }),
        ],
      });
      const where = await inSchema<{ part: string; cameo: string }>(url, 'SELECT tableoid::regclass::text AS part, cameo FROM events ORDER BY cameo');
      assert.deepEqual(where.map((r) => [r.cameo, r.part.replace(/^.*\./, '')]), [
        ['040', 'events_m2021_12'],
        ['057', 'events_y1995'],
        ['112', 'events_undated'],
      ]);
      // Reports stay in one table: a sentence's reports are looked up by article, which months cannot narrow.
      const mentions = await inSchema<{ part: string }>(url, 'SELECT DISTINCT tableoid::regclass::text AS part FROM mentions');
      assert.deepEqual(mentions.map((r) => r.part.replace(/^.*\./, '')), ['mentions']);
      // A later news event of 1995 goes to the year's partition: its layout was set by the first.
      const b = makeArticle(['Russia met Ukraine.'], { published: '1995-06-02' });
      await store.addArticle(b, { ...none, events: [makeEvent(b, { source: 'RUS', target: 'UKR', cameo: '040', date: { value: '1995-06-01', precision: 'day' } })] });
      assert.equal((await store.events({ since: '1995-01-01', until: '1995-12-31' })).length, 2);
      await store.close();
    });

    it('migrates a store of schema 1: each event led by the report it shows, names counted from the stored reports', async () => {
      const url = freshStoreUrl();
      const first = await openStore(url);
      for (const d of orderFixture()) await first.addArticle(d.article, d.coded);
      const actors = await first.actors();
      await first.close();
      const leaders = await inSchema(url, 'SELECT id, leader FROM events ORDER BY id');
      const names = await inSchema(url, 'SELECT code, name, reports::int FROM actor_names ORDER BY code, name');
      await inSchema(url, `DROP TABLE actor_names; ALTER TABLE events DROP COLUMN leader; UPDATE actors SET name = NULL;
        DROP TABLE root_months; DROP INDEX events_target_date, events_source_codes_date; UPDATE dyad_schema SET version = 1`);
      const told: [number, number][] = [];
      const migrated = await openStore(url, { onMigrate: (from, to) => told.push([from, to]) });
      assert.deepEqual(told, [[1, MIGRATIONS.length]]);
      assert.deepEqual(await migrated.actors(), actors);
      await migrated.close();
      assert.deepEqual(await inSchema(url, 'SELECT id, leader FROM events ORDER BY id'), leaders);
      assert.deepEqual(await inSchema(url, 'SELECT code, name, reports::int FROM actor_names ORDER BY code, name'), names);
    });

    it("keeps an actor's event types per month in totals, in any order of arrival, and answers its profile from them as from its events", async () => {
      const fromEvents = "SELECT substr(date_lo, 1, 7) AS month, source_root, target_root, root, count(*)::int AS events FROM events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
      const totals = 'SELECT month, source_root, target_root, root, events::int FROM root_months WHERE events != 0 ORDER BY 1, 2, 3, 4';
      for (const order of threeOrders([...orderFixture(), ...variedArticles().map(({ article, events }) => ({ article, coded: { ...none, events } }))])) {
        const url = freshStoreUrl();
        const store = await openStore(url);
        for (const d of order) await store.addArticle(d.article, d.coded);
        const kept = await inSchema(url, totals);
        assert.ok(kept.length > 10);
        assert.deepEqual(kept, await inSchema(url, fromEvents));
        // `background: true` adds no condition but keeps a query on the events.
        const filters: EventFilter[] = [
          { actor: 'RUS' },
          { actor: 'RUS', since: '2021-01-01', until: '2021-12-31' },
          { actor: 'RUS', until: '2021-04-30' },
          // A quarter or a year that starts before a mid-year day still meets it: counted from the events.
          { actor: 'BLR', since: '2021-04-01' },
          { actor: 'RUSGOV' },
          { actor: 'RUSGOV', since: '2021-01-01', until: '2021-12-31' },
          { actor: 'BLRG' },
          { dyad: ['RUS', 'UKR'] },
          {},
        ];
        for (const filter of filters) {
          const oneByOne: Record<string, number> = {};
          for (let r = 1; r <= 20; r++) {
            const root = String(r).padStart(2, '0');
            const n = await store.countEvents({ ...filter, code: root });
            if (n > 0) oneByOne[root] = n;
          }
          assert.ok(Object.keys(oneByOne).length > 0, JSON.stringify(filter));
          assert.deepEqual(await store.countByRoot?.(filter), oneByOne, JSON.stringify(filter));
        }
        assert.equal(await store.countByRoot?.({ q: 'pipeline', actor: 'RUS' }), null);
        for (const by of ['month', 'year'] as const) {
          for (const span of [{}, { since: '2021-01-01', until: '2021-12-31' }]) {
            const fast = await store.dyad('RUS', '', by, span);
            assert.ok(fast.length > 0);
            assert.deepEqual(fast, await store.dyad('RUS', '', by, { ...span, background: true }), `${by} ${JSON.stringify(span)}`);
            assert.deepEqual(await store.network({ ...span, actor: 'RUS' }), await store.network({ ...span, actor: 'RUS', background: true }));
          }
        }
        await store.close();
      }
    });

    it('migrates a store of schema 3: the event types per month counted from its events, and the indexes by code and date', async () => {
      const url = freshStoreUrl();
      const first = await openStore(url);
      for (const { article, events } of variedArticles()) await first.addArticle(article, { ...none, events });
      await first.close();
      const totals = 'SELECT month, source_root, target_root, root, events::int FROM root_months WHERE events != 0 ORDER BY 1, 2, 3, 4';
      const kept = await inSchema(url, totals);
      assert.ok(kept.length > 10);
      await inSchema(url, 'DROP TABLE root_months; DROP INDEX events_target_date, events_source_codes_date; UPDATE dyad_schema SET version = 3');
      const told: [number, number][] = [];
      const migrated = await openStore(url, { onMigrate: (from, to) => told.push([from, to]) });
      assert.deepEqual(told, [[3, MIGRATIONS.length]]);
      assert.deepEqual(await inSchema(url, totals), kept);
      assert.deepEqual(await migrated.countByRoot?.({ actor: 'UKR' }), { '11': await migrated.countEvents({ actor: 'UKR', code: '11' }), '15': await migrated.countEvents({ actor: 'UKR', code: '15' }) });
      const codes = await inSchema<{ name: string }>(url, "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('events_target_date', 'events_source_codes_date') ORDER BY 1");
      assert.deepEqual(codes.map((r) => r.name), ['events_source_codes_date', 'events_target_date']);
      await migrated.close();
    });

    it('keeps what it stored across reopening, and refuses other tables or a newer schema', async () => {
      const url = freshStoreUrl();
      const first = await openStore(url, { onMigrate: () => assert.fail('a new store is made at the current schema, not migrated') });
      const a = makeArticle(['Russia accused Ukraine.']);
      await first.addArticle(a, { ...none, events: [makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' })] });
      await first.close();
      const again = await openStore(url, { readonly: true });
      assert.deepEqual(await again.stats(), { articles: 1, events: 1, mentions: 1 });
      await again.close();
      assert.deepEqual(await inSchema(url, 'SELECT version FROM dyad_schema'), [{ version: MIGRATIONS.length }]);

      await inSchema(url, 'UPDATE dyad_schema SET version = $1', [MIGRATIONS.length + 1]);
      await assert.rejects(openStore(url), /made by a newer Dyad/);

      const other = freshStoreUrl();
      await assert.rejects(openStore(other, { readonly: true }), /no Dyad store here \(schema "dyad_t\w+" does not exist\)/);
      await (await openStore(other)).close();
      await inSchema(other, 'UPDATE dyad_schema SET version = 0');
      await assert.rejects(openStore(other, { readonly: true }), /needs a migration/);
      await inSchema(other, 'DROP TABLE dyad_schema; CREATE TABLE notes (x text)');
      await assert.rejects(openStore(other), /not a Dyad store \(schema "dyad_t\w+" has other tables/);
    });

    it('moves the reports of a store made with month-partitioned mentions into one table (migration 3)', async () => {
      const url = freshStoreUrl();
      const store = await openStore(url);
      for (const { article, events } of variedArticles()) await store.addArticle(article, { ...none, events });
      const filters: EventFilter[] = [{}, { q: 'Belarus' }, { actor: 'RUS' }];
      const before = await Promise.all(filters.map((f) => store.events(f)));
      assert.ok(before.every((page) => page.length > 0));
      await store.close();
      // The layout before migration 3, rebuilt around the same rows: mentions partitioned by the event's month.
      const months = await inSchema<{ month: string }>(url, "SELECT DISTINCT substr(event_date, 1, 7) AS month FROM mentions WHERE event_date > '' ORDER BY 1");
      assert.ok(months.length > 2);
      await inSchema(url, `ALTER TABLE mentions RENAME TO mentions_v2;
        DROP INDEX mentions_event; DROP INDEX mentions_sentence;
        CREATE TABLE mentions (LIKE mentions_v2 INCLUDING DEFAULTS, UNIQUE (article_id, id, event_date)) PARTITION BY RANGE (event_date);
        CREATE TABLE mentions_undated PARTITION OF mentions DEFAULT;
        ${months.map(({ month }) => `CREATE TABLE "mentions_${month}" PARTITION OF mentions FOR VALUES FROM ('${month}-01') TO ('${month}-32');`).join('\n')}
        CREATE INDEX mentions_event ON mentions (event_rowid);
        CREATE INDEX mentions_sentence ON mentions (article_id, sentence_idx);
        INSERT INTO mentions SELECT * FROM mentions_v2;
        DROP TABLE mentions_v2;
        DROP TABLE root_months; DROP INDEX events_target_date, events_source_codes_date;
        UPDATE dyad_schema SET version = 2`);
      const partitioned = await inSchema<{ n: number }>(url, "SELECT count(*)::int AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent WHERE c.relname = 'mentions' AND c.relnamespace = to_regnamespace(current_schema())");
      assert.equal(partitioned[0]?.n, months.length + 1);
      const migrated: [number, number][] = [];
      const again = await openStore(url, { onMigrate: (from, to) => migrated.push([from, to]) });
      assert.deepEqual(migrated, [[2, MIGRATIONS.length]]);
      assert.deepEqual(await Promise.all(filters.map((f) => again.events(f))), before);
      const kind = await inSchema<{ relkind: string; parts: number }>(url, "SELECT relkind::text, (SELECT count(*)::int FROM pg_inherits WHERE inhparent = 'mentions'::regclass) AS parts FROM pg_class WHERE oid = 'mentions'::regclass");
      assert.deepEqual(kind, [{ relkind: 'r', parts: 0 }]);
      // Writes go on after the migration: new reports, the same article refused again.
      const [first] = variedArticles();
      assert.ok(first);
      assert.equal((await again.addArticle(first.article, { ...none, events: first.events })).status, 'unchanged');
      const c = makeArticle(['Belarus met Russia.'], { published: '2022-03-04' });
      await again.addArticle(c, { ...none, events: [makeEvent(c, { source: 'BLR', target: 'RUS', cameo: '040' })] });
      assert.equal((await again.events({ q: 'Belarus', since: '2022-03-01' })).length, 1);
      await again.close();
    });

    it('names the server it cannot reach, without the password', async () => {
      await assert.rejects(openStore('postgres://someone:secret@127.0.0.1:1/nowhere'), (err: Error) => {
        assert.match(err.message, /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot open the store/);
        assert.doesNotMatch(err.message, /secret/);
        return true;
      });
      await assert.rejects(openStore('postgres://127.0.0.1/test?schema=Bad-Name'), /schema "Bad-Name" must be lowercase/);
    });
  });
}
