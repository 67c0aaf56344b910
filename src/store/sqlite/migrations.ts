/**
 * Schema migrations, applied in order; PRAGMA user_version holds how many ran. Never edit a
 * migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT, title TEXT, subtitle TEXT, byline TEXT NOT NULL, published TEXT, language TEXT, site TEXT,
    images TEXT NOT NULL, body TEXT NOT NULL, paragraphs TEXT NOT NULL,
    source_kind TEXT NOT NULL, source_bytes INTEGER NOT NULL, source_sha256 TEXT NOT NULL,
    input TEXT, ingested_at TEXT NOT NULL
  );
  -- Raw documents already seen, so that a second ingest of the same bytes skips extraction.
  CREATE TABLE sources (sha256 TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE sentences (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    UNIQUE (article_id, idx)
  );
  CREATE TABLE actors (
    code TEXT PRIMARY KEY, country TEXT, sector TEXT, name TEXT,
    as_source INTEGER NOT NULL DEFAULT 0, as_target INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  -- One row per real-world event; mentions hold every report of it.
  CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL, target TEXT NOT NULL,
    source_root TEXT NOT NULL, target_root TEXT NOT NULL,
    cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,
    goldstein REAL NOT NULL, quad INTEGER NOT NULL,
    polarity TEXT NOT NULL,
    date_value TEXT, date_precision TEXT, date_lo TEXT, date_hi TEXT,
    country TEXT, -- where it happened, else the country it was done to, else by
    mentions INTEGER NOT NULL, articles INTEGER NOT NULL,
    background INTEGER NOT NULL,
    first_mention INTEGER NOT NULL
  );
  CREATE INDEX events_roots ON events (source_root, target_root, date_lo);
  CREATE INDEX events_target_root ON events (target_root, date_lo);
  CREATE INDEX events_codes ON events (source, target, root, date_lo);
  CREATE INDEX events_date ON events (date_lo);
  CREATE INDEX events_cameo ON events (cameo);
  CREATE TABLE mentions (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    event_rowid INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    background INTEGER NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (article_id, id)
  );
  CREATE INDEX mentions_event ON mentions (event_rowid);
  CREATE INDEX mentions_sentence ON mentions (article_id, sentence_idx);
  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL, speaker_text TEXT, speaker_code TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes (article_id);
  CREATE TABLE quantities (
    rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, what TEXT,
    change TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, date_value TEXT, date_precision TEXT
  );
  CREATE INDEX quantities_article ON quantities (article_id);
  CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content='articles', content_rowid='rowid');
  CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content='sentences', content_rowid='rowid');
  `,  // 2: per-month totals by actor pair, place and quad class, kept up to date on every write, so that
  // the network, the map and month/year time lines stay fast at millions of events.
  `
  CREATE TABLE pair_months (
    month TEXT NOT NULL, source_root TEXT NOT NULL, target_root TEXT NOT NULL, country TEXT NOT NULL, quad INTEGER NOT NULL,
    events INTEGER NOT NULL, mentions INTEGER NOT NULL, goldstein_sum REAL NOT NULL,
    PRIMARY KEY (month, source_root, target_root, country, quad)
  ) WITHOUT ROWID;
  CREATE INDEX pair_months_pair ON pair_months (source_root, target_root, month);
  INSERT INTO pair_months
    SELECT coalesce(substr(date_lo, 1, 7), ''), source_root, target_root, coalesce(country, ''), quad, count(*), sum(mentions), sum(goldstein)
    FROM events GROUP BY 1, 2, 3, 4, 5;
  `,
  // 3: what keeps the UI's queries fast at ten million events. The events page of an actor, newest
  // first, reads one index range per side already in date order, also when narrowed to a code family
  // and a period; a pair's week or day time line is read from the index alone.
  `
  DROP INDEX events_roots;
  CREATE INDEX events_pair ON events (source_root, target_root, date_lo, quad, goldstein, mentions);
  CREATE INDEX events_source_date ON events (source_root, date_lo);
  CREATE INDEX events_source_code ON events (source_root, root, date_lo, date_hi);
  CREATE INDEX events_target_code ON events (target_root, root, date_lo, date_hi);
  `,
  // 4: an actor finer than a country (RUSGOV) as target had no index and was a scan of every event;
  // its profile page (time line and partners) reads both sides.
  `
  CREATE INDEX IF NOT EXISTS events_target_date ON events (target, date_lo);
  `,
  // 5: the same store whatever order documents arrive in. An event's representative is its earliest
  // report by a key independent of arrival (report-key.ts), kept as `leader`; an actor's name is its
  // most frequent one over every report, counted in actor_names. Older events keep their first stored
  // report as leader; their names are counted from the stored reports.
  `
  ALTER TABLE events ADD COLUMN leader TEXT NOT NULL DEFAULT '';
  UPDATE events SET leader = coalesce((
    SELECT coalesce(a.published, '~') || ' ' || m.article_id || ' ' || substr('000000' || m.sentence_idx, -6) || ' ' || m.id
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.rowid = events.first_mention), '');
  CREATE TABLE actor_names (code TEXT NOT NULL, name TEXT NOT NULL, reports INTEGER NOT NULL, PRIMARY KEY (code, name)) WITHOUT ROWID;
  INSERT INTO actor_names
    SELECT code, name, count(*) FROM (
      SELECT json_extract(record, '$.source.code') AS code, json_extract(record, '$.source.entity') AS name FROM mentions
      UNION ALL SELECT json_extract(record, '$.target.code'), json_extract(record, '$.target.entity') FROM mentions
    ) WHERE code IS NOT NULL AND name IS NOT NULL GROUP BY 1, 2;
  UPDATE actors SET name = (SELECT n.name FROM actor_names n WHERE n.code = actors.code ORDER BY n.reports DESC, n.name LIMIT 1);
  `,
];
