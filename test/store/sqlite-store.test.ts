import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { runEventStoreSuite } from './event-store-suite.js';
import { makeArticle, makeEvent } from './make-records.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
let n = 0;

runEventStoreSuite('SQLite store', () => openSqliteStore(join(dir, `suite-${n++}.db`)));

describe('SQLite store files', () => {
  it('keeps what it stored across reopening, at the current schema version', () => {
    const path = join(dir, 'reopen.db');
    const a = makeArticle(['Russia accused Ukraine.']);
    const first = openSqliteStore(path);
    first.addArticle(a, { events: [makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' })], quotes: [], quantities: [] });
    first.close();
    const again = openSqliteStore(path);
    assert.deepEqual(again.stats(), { articles: 1, events: 1, mentions: 1 });
    again.close();
    const raw = new Database(path);
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    raw.close();
  });

  it('refuses a file that is not a Dyad store, naming it', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    assert.throws(() => openSqliteStore(text), /notes\.db: not a Dyad store/);
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    assert.throws(() => openSqliteStore(other), /other\.db: not a Dyad store \(it has other tables\)/);
  });

  it('refuses a store made by a newer Dyad', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(path), /made by a newer Dyad/);
  });
});
