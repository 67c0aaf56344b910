import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/store/sqlite/open-database.js';
import { openStore } from '../../src/store/open-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { orderFixture, runArrivalOrderSuite } from './arrival-order-suite.js';
import { runEventStoreSuite } from './event-store-suite.js';
import { makeArticle, makeEvent } from './make-records.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
let n = 0;

runEventStoreSuite('SQLite store', () => openStore(join(dir, `suite-${n++}.db`)));
runArrivalOrderSuite('SQLite store', () => openStore(join(dir, `order-${n++}.db`)));

describe('SQLite store files', () => {
  it('keeps what it stored across reopening, at the current schema version', async () => {
    const path = join(dir, 'reopen.db');
    const a = makeArticle(['Russia accused Ukraine.']);
    const first = await openStore(path, { onMigrate: () => assert.fail('a new store is made at the current schema, not migrated') });
    await first.addArticle(a, { events: [makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' })], quotes: [], quantities: [] });
    await first.close();
    const again = await openStore(path);
    assert.deepEqual(await again.stats(), { articles: 1, events: 1, mentions: 1 });
    await again.close();
    const raw = openDatabase(path);
    assert.deepEqual({ ...(raw.prepare('PRAGMA user_version').get() as object) }, { user_version: MIGRATIONS.length });
    raw.close();
  });

  it('migrates a store of schema 1: month totals built from its events, the actor-and-code indexes added', async () => {
    const path = join(dir, 'v1.db');
    const first = await openStore(path);
    const a = makeArticle(['Russia accused Ukraine.', 'Putin met Lukashenko.']);
    await first.addArticle(a, {
      events: [makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' }), makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', sentence: 1 })],
      quotes: [],
      quantities: [],
    });
    const expected = await first.network({ since: '1999-01-02' });
    await first.close();
    const raw = openDatabase(path);
    raw.exec(`DROP TABLE pair_months; DROP INDEX events_pair; DROP INDEX events_source_date; DROP INDEX events_source_code; DROP INDEX events_target_code; DROP INDEX events_target_date;
      DROP TABLE actor_names; ALTER TABLE events DROP COLUMN leader;
      CREATE INDEX events_roots ON events (source_root, target_root, date_lo)`);
    raw.exec('PRAGMA user_version = 1');
    raw.close();
    const told: [number, number][] = [];
    const migrated = await openStore(path, { onMigrate: (from, to) => told.push([from, to]) });
    assert.deepEqual(told, [[1, MIGRATIONS.length]]);
    assert.deepEqual(await migrated.network(), expected);
    await migrated.close();
    const check = openDatabase(path, { readonly: true });
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('events_roots', 'events_pair', 'events_source_date', 'events_source_code', 'events_target_code', 'events_target_date')").all();
    check.close();
    assert.deepEqual(indexes.map((r) => (r as { name: string }).name).sort(), ['events_pair', 'events_source_code', 'events_source_date', 'events_target_code', 'events_target_date']);
  });

  it('migrates a store of schema 4: each event led by the report it shows, names counted from the stored reports', async () => {
    const path = join(dir, 'v4.db');
    const first = await openStore(path);
    for (const d of orderFixture()) await first.addArticle(d.article, d.coded);
    const actors = await first.actors();
    await first.close();
    const read = (sql: string): unknown[] => {
      const db = openDatabase(path, { readonly: true });
      const rows = db.prepare(sql).all().map((r) => ({ ...(r as object) }));
      db.close();
      return rows;
    };
    const leaders = read('SELECT id, leader FROM events ORDER BY id');
    const names = read('SELECT * FROM actor_names ORDER BY code, name');
    const raw = openDatabase(path);
    raw.exec('DROP TABLE actor_names; ALTER TABLE events DROP COLUMN leader; UPDATE actors SET name = NULL; PRAGMA user_version = 4');
    raw.close();
    const told: [number, number][] = [];
    const migrated = await openStore(path, { onMigrate: (from, to) => told.push([from, to]) });
    assert.deepEqual(told, [[4, MIGRATIONS.length]]);
    assert.deepEqual(await migrated.actors(), actors);
    await migrated.close();
    assert.deepEqual(read('SELECT id, leader FROM events ORDER BY id'), leaders);
    assert.deepEqual(read('SELECT * FROM actor_names ORDER BY code, name'), names);
  });

  it("answers a country's time line and partners from the month totals as from the events", async () => {
    const store = await openStore(join(dir, 'profile.db'));
    const days = ['2021-01-05', '2021-01-20', '2021-03-02', '2022-07-14'];
    for (const [i, day] of days.entries()) {
      const a = makeArticle([`Russia accused Ukraine, ${i}.`, `Putin met Lukashenko, ${i}.`, `Russia praised Russia, ${i}.`, `Officials spoke, ${i}.`], { published: day, title: `t${i}` });
      const date = { value: day, precision: 'day' as const };
      await store.addArticle(a, {
        events: [
          makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112', goldstein: -2, quad: 3, date }),
          makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '040', sentence: 1, date }),
          makeEvent(a, { source: 'RUSGOV', target: 'RUSMIL', cameo: '051', sentence: 2, date }),
          makeEvent(a, { source: 'RUSGOV', target: '', cameo: '010', sentence: 3, date }),
        ],
        quotes: [],
        quantities: [],
      });
    }
    // `background: true` adds no condition but keeps the query on the events table.
    const fromEvents = { background: true };
    for (const by of ['month', 'year'] as const) {
      for (const span of [{}, { since: '2021-01-01', until: '2021-12-31' }]) {
        const fast = await store.dyad('RUS', '', by, span);
        assert.ok(fast.length > 0);
        assert.deepEqual(fast, await store.dyad('RUS', '', by, { ...span, ...fromEvents }), `${by} ${JSON.stringify(span)}`);
        assert.deepEqual(await store.network({ ...span, actor: 'RUS' }), await store.network({ ...span, actor: 'RUS', ...fromEvents }));
      }
    }
    assert.deepEqual((await store.network({ actor: 'UKR' })).map((e) => [e.source, e.target, e.events]), [['RUS', 'UKR', 4]]);
    // Event types in one grouped query, as counted root by root.
    assert.equal(await store.countByRoot?.({ actor: 'RUS' }), null);
    for (const filter of [{ actor: 'RUSGOV' }, { actor: 'RUSGOV', since: '2021-01-01', until: '2021-12-31' }, { actor: 'BLRG' }, {}]) {
      const grouped = (await store.countByRoot?.(filter)) ?? {};
      const oneByOne: Record<string, number> = {};
      for (const root of ['01', '04', '05', '11']) {
        const n = await store.countEvents({ ...filter, code: root });
        if (n > 0) oneByOne[root] = n;
      }
      assert.deepEqual(grouped, oneByOne, JSON.stringify(filter));
    }
    assert.equal(await store.countByRoot?.({ q: 'Putin' }), null);
    await store.close();
  });

  it('refuses a file that is not a Dyad store, naming it', async () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    await assert.rejects(openStore(text), /notes\.db: not a Dyad store/);
    const other = join(dir, 'other.db');
    const db = openDatabase(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    await assert.rejects(openStore(other), /other\.db: not a Dyad store \(it has other tables\)/);
  });

  it('refuses a store made by a newer Dyad', async () => {
    const path = join(dir, 'newer.db');
    const db = openDatabase(path);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    await assert.rejects(openStore(path), /made by a newer Dyad/);
  });
});
