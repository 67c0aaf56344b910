/**
 * Grows a PostgreSQL store built through the write path by copying its articles, sentences, events
 * and mentions in SQL, each copy with fresh ids and its dates moved by k days, as
 * bench/replicate-store.ts does on SQLite. The secondary indexes are dropped during the copies and
 * made again at the end (the same definitions, read from the catalog): building an index once is
 * far cheaper than updating eleven of them row by row for ten million rows.
 */
import type pg from 'pg';
import { connectPool } from '../src/store/postgres/connect-pool.js';
import { ensureMonthPartitions, type YearLayout } from '../src/store/postgres/month-partitions.js';

/**
 * Copies until the store holds `targetEvents` or `deadline` (ms since the epoch) passes, whichever
 * comes first: on a shared machine the size reached in the time is reported, not guessed. A run
 * stopped half-way resumes: the dropped indexes' definitions are kept in bench_indexes until made again.
 */
export async function replicatePgStore(url: string, targetEvents: number, log: (line: string) => void, deadline = Infinity): Promise<void> {
  const { pool } = connectPool(url, 2);
  // One connection: the copies' transaction and the session settings must stay on it.
  const client = await pool.connect();
  const q = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => (await client.query<T>(sql)).rows;
  await q("SET synchronous_commit = off");
  const max = async (table: string): Promise<number> => (await q<{ n: number }>(`SELECT coalesce(max(rowid), 0) AS n FROM ${table}`))[0]?.n ?? 0;
  const count = async (table: string): Promise<number> => (await q<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0;
  // Row numbers have gaps (a rolled-back article keeps its numbers taken): copies are bounded by the highest, not the count.
  const base = { articles: await max('articles'), sentences: await max('sentences'), events: await max('events'), mentions: await max('mentions'), eventRows: await count('events') };
  const copies = Math.ceil(targetEvents / base.eventRows);
  // The months the moved dates reach, made as the write path would (news months).
  const span = (await q<{ lo: string; hi: string }>("SELECT min(date_lo) AS lo, max(date_lo) AS hi FROM events WHERE date_lo > ''"))[0];
  if (span) {
    const months: { month: string; news: boolean }[] = [];
    const last = new Date(Date.parse(`${span.hi}T00:00:00Z`) + copies * 86_400_000);
    for (let d = new Date(Date.parse(`${span.lo.slice(0, 7)}-01T00:00:00Z`)); d <= last; d.setUTCMonth(d.getUTCMonth() + 1)) {
      months.push({ month: d.toISOString().slice(0, 7), news: true });
    }
    await ensureMonthPartitions(pool, months, new Map<string, YearLayout>(), new Set());
  }
  await q('CREATE TABLE IF NOT EXISTS bench_indexes (name text PRIMARY KEY, def text NOT NULL)');
  await q(
    `INSERT INTO bench_indexes
     SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname IN ('events', 'mentions', 'sentences', 'articles') AND NOT x.indisprimary AND NOT x.indisunique
     ON CONFLICT DO NOTHING`,
  );
  const indexes = await q<{ name: string; def: string }>('SELECT name, def FROM bench_indexes ORDER BY name');
  let started = Date.now();
  for (const { name } of indexes) await q(`DROP INDEX IF EXISTS ${name}`);
  log(`  dropped ${indexes.length} secondary indexes in ${(Date.now() - started) / 1000} s`);
  const shift = (column: string, k: number): string => `CASE WHEN length(${column}) = 10 THEN to_char(${column}::date + ${k}, 'YYYY-MM-DD') ELSE ${column} END`;
  let made = 1;
  for (let k = 1; k < copies && Date.now() < deadline; k++) {
    made = k + 1;
    started = Date.now();
    // Ids of this run's copies: unique also when a resumed run copies an earlier run's copies.
    const tag = `${base.events.toString(36)}_${k}`;
    await q('BEGIN');
    await q(`INSERT INTO articles (id, url, title, subtitle, byline, published, language, site, images, body, paragraphs,
        source_kind, source_bytes, source_sha256, input, ingested_at)
      SELECT id || '_${tag}', url || '#${tag}', title, subtitle, byline, ${shift('published', k)}, language, site, images, body, paragraphs,
        source_kind, source_bytes, source_sha256, input, ingested_at
      FROM articles WHERE rowid <= ${base.articles} ORDER BY rowid`);
    await q(`INSERT INTO sentences (article_id, idx, start, "end", text)
      SELECT article_id || '_${tag}', idx, start, "end", text FROM sentences WHERE rowid <= ${base.sentences} ORDER BY rowid`);
    await q(`INSERT INTO events (rowid, id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
        date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention, leader)
      SELECT rowid + ${k * base.events}, id || '_${tag}', source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
        ${shift('date_value', k)}, date_precision, ${shift('date_lo', k)}, ${shift('date_hi', k)}, country, mentions, articles, background,
        first_mention + ${k * base.mentions}, leader || '_${tag}'
      FROM events WHERE rowid <= ${base.events}`);
    await q(`INSERT INTO mentions (rowid, id, event_rowid, event_date, article_id, sentence_idx, background, record)
      SELECT rowid + ${k * base.mentions}, id, event_rowid + ${k * base.events}, ${shift('event_date', k)}, article_id || '_${tag}', sentence_idx, background,
        CASE WHEN record::jsonb #>> '{date,precision}' = 'day'
          THEN jsonb_set(record::jsonb, '{date,value}', to_jsonb(${shift("(record::jsonb #>> '{date,value}')", k)}))::text ELSE record END
      FROM mentions WHERE rowid <= ${base.mentions}`);
    await q('COMMIT');
    log(`  copy ${k + 1} of ${copies}: ${(Date.now() - started) / 1000} s`);
  }
  started = Date.now();
  await q(`SELECT setval('events_rowid', (SELECT max(rowid) FROM events)), setval('mentions_rowid', (SELECT max(rowid) FROM mentions))`);
  if (made < copies) log(`  stopped at the deadline: ${made} of ${copies} copies`);
  await q(`UPDATE actors SET as_source = as_source * ${made}, as_target = as_target * ${made}`);
  await q(`DELETE FROM pair_months`);
  await q(`INSERT INTO pair_months
    SELECT substr(date_lo, 1, 7), source_root, target_root, coalesce(country, ''), quad, count(*), sum(mentions), sum(goldstein)
    FROM events GROUP BY 1, 2, 3, 4, 5`);
  await q(`DELETE FROM root_months`);
  await q(`INSERT INTO root_months SELECT substr(date_lo, 1, 7), source_root, target_root, root, count(*) FROM events GROUP BY 1, 2, 3, 4`);
  log(`  totals: ${(Date.now() - started) / 1000} s`);
  await q("SET maintenance_work_mem = '512MB'");
  for (const { name, def } of indexes) {
    started = Date.now();
    // A partitioned table's index reads back as `ON ONLY`, which would make it on the parent alone
    // and leave every partition without it.
    await q(def.replace(' ON ONLY ', ' ON '));
    log(`  index ${name}: ${(Date.now() - started) / 1000} s`);
  }
  await q('DROP TABLE bench_indexes');
  started = Date.now();
  await q('VACUUM ANALYZE');
  log(`  vacuum and statistics: ${(Date.now() - started) / 1000} s`);
  client.release();
  await pool.end();
}
