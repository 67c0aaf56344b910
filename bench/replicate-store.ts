/**
 * Grows a store built through the write path by copying its articles, sentences, events and
 * mentions in SQL, each copy with fresh ids and its dates moved by a few days. Building ten million
 * events one report at a time takes hours on this machine; queries only see rows and indexes, so a
 * store grown this way has the same shape at ten times the size. Merging across copies is not
 * exercised (it was, in the base store).
 */
import { openDatabase } from '../src/store/sqlite/open-database.js';

export function replicateStore(path: string, targetEvents: number, log: (line: string) => void): void {
  const db = openDatabase(path);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = OFF');
  db.exec('PRAGMA cache_size = -262144');
  const max = (table: string): number => (db.prepare(`SELECT max(rowid) AS n FROM ${table}`).get() as { n: number }).n;
  const base = { articles: max('articles'), sentences: max('sentences'), events: max('events'), mentions: max('mentions') };
  const copies = Math.ceil(targetEvents / base.events);
  const shift = (column: string, k: number): string => `CASE WHEN length(${column}) = 10 THEN date(${column}, '+${k} days') ELSE ${column} END`;
  for (let k = 1; k < copies; k++) {
    const started = Date.now();
    db.exec(`BEGIN;
        INSERT INTO articles (rowid, id, url, title, subtitle, byline, published, language, site, images, body, paragraphs,
            source_kind, source_bytes, source_sha256, input, ingested_at)
          SELECT rowid + ${k * base.articles}, id || '_${k}', url || '#${k}', title, subtitle, byline, ${shift('published', k)}, language, site,
            images, body, paragraphs, source_kind, source_bytes, source_sha256, input, ingested_at
          FROM articles WHERE rowid <= ${base.articles};
        INSERT INTO sentences (rowid, article_id, idx, start, end, text)
          SELECT rowid + ${k * base.sentences}, article_id || '_${k}', idx, start, end, text FROM sentences WHERE rowid <= ${base.sentences};
        INSERT INTO events (rowid, id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
            date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention, leader)
          SELECT rowid + ${k * base.events}, id || '_${k}', source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
            ${shift('date_value', k)}, date_precision, ${shift('date_lo', k)}, ${shift('date_hi', k)}, country, mentions, articles, background,
            first_mention + ${k * base.mentions}, leader || '_${k}'
          FROM events WHERE rowid <= ${base.events};
        INSERT INTO mentions (rowid, id, event_rowid, article_id, sentence_idx, background, record)
          SELECT rowid + ${k * base.mentions}, id, event_rowid + ${k * base.events}, article_id || '_${k}', sentence_idx, background,
            CASE WHEN json_extract(record, '$.date.precision') = 'day'
              THEN json_set(record, '$.date.value', date(json_extract(record, '$.date.value'), '+${k} days')) ELSE record END
          FROM mentions WHERE rowid <= ${base.mentions};
      COMMIT;`);
    log(`  copy ${k + 1} of ${copies}: ${(Date.now() - started) / 1000} s`);
  }
  const started = Date.now();
  db.exec(`
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
    UPDATE actors SET as_source = as_source * ${copies}, as_target = as_target * ${copies};
    DELETE FROM pair_months;
    INSERT INTO pair_months
      SELECT coalesce(substr(date_lo, 1, 7), ''), source_root, target_root, coalesce(country, ''), quad, count(*), sum(mentions), sum(goldstein)
      FROM events GROUP BY 1, 2, 3, 4, 5;
    PRAGMA analysis_limit = 1000;
    ANALYZE;
  `);
  log(`  full-text indexes, totals and statistics: ${(Date.now() - started) / 1000} s`);
  db.close();
}
