import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/store/sqlite/open-database.js';
import { openStore } from '../../src/store/open-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { runEventStoreSuite } from './event-store-suite.js';
import { makeArticle, makeEvent } from './make-records.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
let n = 0;

runEventStoreSuite('SQLite store', () => openStore(join(dir, `suite-${n++}.db`)));

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
    raw.exec(`DROP TABLE pair_months; DROP INDEX events_pair; DROP INDEX events_source_date; DROP INDEX events_source_code; DROP INDEX events_target_code;
      CREATE INDEX events_roots ON events (source_root, target_root, date_lo)`);
    raw.exec('PRAGMA user_version = 1');
    raw.close();
    const told: [number, number][] = [];
    const migrated = await openStore(path, { onMigrate: (from, to) => told.push([from, to]) });
    assert.deepEqual(told, [[1, MIGRATIONS.length]]);
    assert.deepEqual(await migrated.network(), expected);
    await migrated.close();
    const check = openDatabase(path, { readonly: true });
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('events_roots', 'events_pair', 'events_source_date', 'events_source_code', 'events_target_code')").all();
    check.close();
    assert.deepEqual(indexes.map((r) => (r as { name: string }).name).sort(), ['events_pair', 'events_source_code', 'events_source_date', 'events_target_code']);
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
