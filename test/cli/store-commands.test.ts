import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openDatabase } from '../../src/store/sqlite/open-database.js';
import { GDELT_COLUMNS } from '../../src/export/gdelt-row.js';
import { FLAT_COLUMNS } from '../../src/export/flat-event.js';
import { openStore } from '../../src/store/open-store.js';
import type { MergedEvent } from '../../src/types/index.js';
import { runDyad } from '../helpers.js';
import { makeArticle, makeEvent } from '../store/make-records.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-query-'));
const db = join(dir, 'dyad.db');

before(async () => {
  const store = await openStore(db);
  const a = makeArticle(['Putin met Lukashenko in St. Petersburg, "as planned".', 'The EU imposed new sanctions on Belarus.', 'Lukashenko thanked Putin.'], {
    title: 'Summit in St. Petersburg',
    url: 'https://news.example/summit',
  });
  await store.addArticle(a, {
    quotes: [],
    quantities: [],
    events: [
      makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', plover: 'CONSULT', location: 'RUS' }),
      makeEvent(a, { source: 'IGOEUREEC', target: 'BLR', cameo: '163', plover: 'SANCTION', sentence: 1, goldstein: -8, quad: 4 }),
      makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '018', sentence: 2, goldstein: 3.4, quad: 1 }),
    ],
  });
  await store.close();
});

describe('store commands', () => {
  it('says so before bringing an older store up to date, then answers', async () => {
    const old = join(dir, 'old.db');
    copyFileSync(db, old);
    const raw = openDatabase(old);
    raw.exec('DROP INDEX events_pair; DROP INDEX events_source_date; DROP INDEX events_source_code; DROP INDEX events_target_code');
    raw.exec('CREATE INDEX events_roots ON events (source_root, target_root, date_lo)');
    raw.exec('DROP TABLE actor_names; ALTER TABLE events DROP COLUMN leader');
    raw.exec('PRAGMA user_version = 2');
    raw.close();
    const first = await runDyad(['events', '--db', old]);
    assert.equal(first.code, 0);
    assert.match(first.stderr, /old\.db: updating the store from schema 2 to \d+/);
    assert.match(first.stdout, /1-3 of 3 events/);
    const again = await runDyad(['events', '--db', old]);
    assert.equal(again.stderr, '');
  });


  it('lists events as a table, JSON Lines and CSV, filtered', async () => {
    const table = await runDyad(['events', '--db', db]);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /1-3 of 3 events/);
    const jsonl = await runDyad(['events', '--db', db, '--dyad', 'rus:blr', '--format', 'jsonl']);
    const events = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as MergedEvent);
    assert.deepEqual(events.map((e) => e.action.cameo).sort(), ['018', '040']);
    assert.equal(events[0]?.evidence[0]?.url, 'https://news.example/summit');
    const csv = await runDyad(['events', '--db', db, '--plover', 'sanction', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    assert.equal(lines[0], FLAT_COLUMNS.join(','));
    assert.equal(lines.length, 2);
  });

  it('reports bad filters as usage errors and a missing store as an input error', async () => {
    assert.equal((await runDyad(['events', '--db', db, '--code', 'abc'])).code, 2);
    assert.equal((await runDyad(['events', '--db', db, '--dyad', 'RUS'])).code, 2);
    assert.equal((await runDyad(['events', '--db', db, '--since', 'yesterday'])).code, 2);
    const impossible = await runDyad(['events', '--db', db, '--since', '2019-13-45']);
    assert.equal(impossible.code, 2);
    assert.equal(impossible.stderr, 'dyad events: --since expects a real date as YYYY-MM-DD, got "2019-13-45"\n');
    const reversed = await runDyad(['events', '--db', db, '--since', '2022-02-01', '--until', '2022-01-01']);
    assert.equal(reversed.stderr, 'dyad events: --until 2022-01-01 is before --since 2022-02-01\n');
    for (const [flag, value] of [['--limit', 'ten'], ['--limit', '0'], ['--offset', '1.5'], ['--format', 'xml']]) {
      const r = await runDyad(['events', '--db', db, flag as string, value as string]);
      assert.equal(r.code, 2, `${flag} ${value}`);
      assert.match(r.stderr, new RegExp(`^dyad events: ${flag} expects .*"${value}"\n$`));
    }
    assert.equal((await runDyad(['actors', '--db', db, '--limit', 'many'])).code, 2);
    assert.equal((await runDyad(['search', 'x', '--db', db, '--limit', '1e3'])).code, 2);
    const missing = await runDyad(['events', '--db', join(dir, 'none.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.db: no store here/);
  });

  it('prints a dyad time line, the actors and search hits', async () => {
    const line = await runDyad(['dyad', 'RUS', 'BLR', '--by', 'year', '--db', db, '--format', 'jsonl']);
    assert.deepEqual(
      line.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { direction: string; events: number }).direction),
      ['a>b', 'b>a'],
    );
    assert.equal((await runDyad(['dyad', 'RUS', '--db', db])).code, 2);
    const actors = await runDyad(['actors', '--db', db, '--format', 'jsonl']);
    assert.equal(actors.stdout.trim().split('\n').length, 4);
    const search = await runDyad(['search', 'petersburg', '--db', db, '--format', 'jsonl']);
    assert.equal((JSON.parse(search.stdout) as { title: string }).title, 'Summit in St. Petersburg');
  });

  it('exports GDELT rows of 61 tab-separated columns and PLOVER records', async () => {
    const gdelt = await runDyad(['export', '--format', 'gdelt', '--db', db]);
    const rows = gdelt.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.equal(rows.length, 3);
    for (const r of rows) assert.equal(r.length, GDELT_COLUMNS.length);
    const sanction = rows.find((r) => r[GDELT_COLUMNS.indexOf('EventCode')] === '163');
    assert.equal(sanction?.[GDELT_COLUMNS.indexOf('Actor2CountryCode')], 'BLR');
    assert.equal(sanction?.[GDELT_COLUMNS.indexOf('EventRootCode')], '16');
    assert.equal(sanction?.[GDELT_COLUMNS.indexOf('SOURCEURL')], 'https://news.example/summit');
    const plover = await runDyad(['export', '--format', 'plover', '--db', db]);
    const records = plover.stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: string[]; actor: { code: string }[] });
    // CAMEO 018 has no PLOVER type and is left out.
    assert.deepEqual(records.map((r) => r.event[0]).sort(), ['CONSULT', 'SANCTION']);
    assert.equal((await runDyad(['export', '--format', 'xml', '--db', db])).code, 2);
    assert.equal((await runDyad(['export', '--format', 'parquet', '--db', db])).code, 2);
  });

  it('writes CSV, GDELT and Parquet files that DuckDB reads back', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const parquet = join(dir, 'events.parquet');
    assert.equal((await runDyad(['export', '--format', 'parquet', '--out', parquet, '--db', db])).code, 0);
    const fromParquet = await connection.runAndReadAll(`SELECT cameo, goldstein, mentions FROM '${parquet}' ORDER BY cameo`);
    assert.deepEqual(fromParquet.getRows(), [
      ['018', 3.4, 1],
      ['040', 1, 1],
      ['163', -8, 1],
    ]);
    const csv = join(dir, 'events.csv');
    await runDyad(['export', '--format', 'csv', '--out', csv, '--db', db]);
    const fromCsv = await connection.runAndReadAll(`SELECT count(*)::INTEGER, max(sentence) FROM read_csv('${csv}', header = true)`);
    assert.deepEqual(fromCsv.getRows(), [[3, 'The EU imposed new sanctions on Belarus.']]);
    assert.match(readFileSync(csv, 'utf8'), /"Putin met Lukashenko in St. Petersburg, ""as planned""."/);
    const tsv = join(dir, 'events.tsv');
    await runDyad(['export', '--format', 'gdelt', '--header', '--out', tsv, '--db', db]);
    const fromTsv = await connection.runAndReadAll(`SELECT EventCode::VARCHAR FROM read_csv('${tsv}', delim = '\t', header = true, all_varchar = true) ORDER BY 1`);
    assert.deepEqual(fromTsv.getRows(), [['018'], ['040'], ['163']]);
  });
});
