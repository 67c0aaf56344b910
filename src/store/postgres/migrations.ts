/**
 * PostgreSQL schema migrations, applied in order; dyad_schema.version holds how many ran. Never
 * edit a migration that has shipped: add the next one. Text columns use the "C" collation so that
 * ordering and prefix ranges compare bytes, as SQLite does, whatever the database's locale.
 *
 * `events` is range-partitioned by month on the event's first day (`date_lo`, an ISO date as text;
 * '' for an undated event, where SQLite has NULL: a partition key that is never NULL lets a mention
 * join its event by (rowid, date) and prune to one partition). Undated events, and dates outside any
 * month partition, live in the default partition. Month partitions are made on demand
 * (`ensureMonthPartitions`). A mention carries its event's `date_lo` as `event_date` for that join.
 * `mentions` was partitioned the same way at first (migration 1) and is one table since migration 3.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    url text, title text, subtitle text, byline text NOT NULL, published text COLLATE "C", language text, site text,
    images text NOT NULL, body text NOT NULL, paragraphs text NOT NULL,
    source_kind text NOT NULL, source_bytes bigint NOT NULL, source_sha256 text NOT NULL,
    input text, ingested_at text NOT NULL,
    -- 'simple' lowercases and does not stem, as FTS5's default tokenizer on the SQLite side.
    fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED
  );
  CREATE INDEX articles_fts ON articles USING gin (fts);
  -- Raw documents already seen, so that a second ingest of the same bytes skips extraction.
  CREATE TABLE sources (sha256 text COLLATE "C" PRIMARY KEY, article_id text COLLATE "C" NOT NULL);
  CREATE TABLE sentences (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL, idx integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    UNIQUE (article_id, idx)
  );
  CREATE INDEX sentences_fts ON sentences USING gin (fts);
  CREATE TABLE actors (
    code text COLLATE "C" PRIMARY KEY, country text COLLATE "C", sector text COLLATE "C", name text,
    as_source bigint NOT NULL DEFAULT 0, as_target bigint NOT NULL DEFAULT 0
  );
  CREATE SEQUENCE events_rowid;
  -- One row per real-world event; mentions hold every report of it.
  CREATE TABLE events (
    rowid bigint NOT NULL DEFAULT nextval('events_rowid'),
    id text COLLATE "C" NOT NULL,
    source text COLLATE "C" NOT NULL, target text COLLATE "C" NOT NULL,
    source_root text COLLATE "C" NOT NULL, target_root text COLLATE "C" NOT NULL,
    cameo text COLLATE "C" NOT NULL, root text COLLATE "C" NOT NULL, plover text COLLATE "C",
    goldstein double precision NOT NULL, quad smallint NOT NULL,
    polarity text NOT NULL,
    date_value text, date_precision text, date_lo text COLLATE "C" NOT NULL, date_hi text COLLATE "C",
    country text COLLATE "C", -- where it happened, else the country it was done to, else by
    mentions integer NOT NULL, articles integer NOT NULL,
    background boolean NOT NULL,
    first_mention bigint NOT NULL
  ) PARTITION BY RANGE (date_lo);
  CREATE TABLE events_undated PARTITION OF events DEFAULT;
  CREATE INDEX events_rowid_idx ON events (rowid);
  CREATE INDEX events_id ON events (id);
  CREATE INDEX events_pair ON events (source_root, target_root, date_lo, quad, goldstein, mentions);
  CREATE INDEX events_source_date ON events (source_root, date_lo);
  CREATE INDEX events_target_root ON events (target_root, date_lo);
  CREATE INDEX events_codes ON events (source, target, root, date_lo);
  CREATE INDEX events_date ON events (date_lo);
  CREATE INDEX events_cameo ON events (cameo);
  CREATE INDEX events_source_code ON events (source_root, root, date_lo, date_hi);
  CREATE INDEX events_target_code ON events (target_root, root, date_lo, date_hi);
  CREATE SEQUENCE mentions_rowid;
  CREATE TABLE mentions (
    rowid bigint NOT NULL DEFAULT nextval('mentions_rowid'),
    id text COLLATE "C" NOT NULL,
    event_rowid bigint NOT NULL,
    event_date text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    sentence_idx integer NOT NULL,
    background boolean NOT NULL,
    record text NOT NULL,
    -- A report is stored once per article; one article's reports of one event share its month.
    UNIQUE (article_id, id, event_date)
  ) PARTITION BY RANGE (event_date);
  CREATE TABLE mentions_undated PARTITION OF mentions DEFAULT;
  CREATE INDEX mentions_event ON mentions (event_rowid);
  CREATE INDEX mentions_sentence ON mentions (article_id, sentence_idx);
  CREATE TABLE quotes (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, article_id text COLLATE "C" NOT NULL, speaker_text text, speaker_code text,
    text text NOT NULL, start integer NOT NULL, "end" integer NOT NULL
  );
  CREATE INDEX quotes_article ON quotes (article_id);
  CREATE TABLE quantities (
    rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, article_id text COLLATE "C" NOT NULL, value double precision NOT NULL,
    unit text NOT NULL, what text, change text, text text NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
    date_value text, date_precision text
  );
  CREATE INDEX quantities_article ON quantities (article_id);
  -- Per-month totals by actor pair, place and quad class, kept up to date on every write, so that
  -- the network, the map and month/year time lines stay fast at millions of events.
  CREATE TABLE pair_months (
    month text COLLATE "C" NOT NULL, source_root text COLLATE "C" NOT NULL, target_root text COLLATE "C" NOT NULL,
    country text COLLATE "C" NOT NULL, quad smallint NOT NULL,
    events bigint NOT NULL, mentions bigint NOT NULL, goldstein_sum double precision NOT NULL,
    PRIMARY KEY (month, source_root, target_root, country, quad)
  );
  CREATE INDEX pair_months_pair ON pair_months (source_root, target_root, month);
  `,
  // 2: the same store whatever order documents arrive in, as SQLite's migration 5: an event's
  // representative is its earliest report by a key independent of arrival (report-key.ts), kept as
  // `leader`; an actor's name is its most frequent one over every report, counted in actor_names.
  `
  ALTER TABLE events ADD COLUMN leader text COLLATE "C" NOT NULL DEFAULT '';
  UPDATE events e SET leader = coalesce(a.published, '~') || ' ' || m.article_id || ' ' || lpad(m.sentence_idx::text, 6, '0') || ' ' || m.id
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.rowid = e.first_mention AND m.event_date = e.date_lo;
  CREATE TABLE actor_names (
    code text COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL, reports bigint NOT NULL, PRIMARY KEY (code, name)
  );
  INSERT INTO actor_names
    SELECT code, name, count(*) FROM (
      SELECT record::json->'source'->>'code' AS code, record::json->'source'->>'entity' AS name FROM mentions
      UNION ALL SELECT record::json->'target'->>'code', record::json->'target'->>'entity' FROM mentions
    ) x WHERE code IS NOT NULL AND name IS NOT NULL GROUP BY 1, 2;
  UPDATE actors a SET name = (SELECT n.name FROM actor_names n WHERE n.code = a.code ORDER BY n.reports DESC, n.name LIMIT 1);
  `,
  // 3: mentions in one table: a sentence's reports are found by (article, sentence), which month
  // partitions cannot narrow, so a page filtered by text probed every month for every matching
  // sentence, or scanned them all (8-12 s at 2.7 M events). An event's reports are found by its
  // rowid index instead of by pruning.
  `
  ALTER TABLE mentions RENAME TO mentions_by_month;
  CREATE TABLE mentions (LIKE mentions_by_month INCLUDING DEFAULTS);
  INSERT INTO mentions SELECT * FROM mentions_by_month ORDER BY rowid;
  DROP TABLE mentions_by_month;
  ALTER TABLE mentions ADD UNIQUE (article_id, id, event_date);
  CREATE INDEX mentions_event ON mentions (event_rowid);
  CREATE INDEX mentions_sentence ON mentions (article_id, sentence_idx);
  `,
  // 4: an actor's profile without reading its every event (2.1-6.4 s at 8.3-10 M events): its event
  // types per CAMEO root from per-month totals by pair and root, kept up to date on every write as
  // pair_months is. An actor finer than a country (RUSGOV) as target had no index (as SQLite's
  // migration 4 adds); its time line, partners and event types read its events on each side,
  // one heap page per event: the two indexes by code and date hold what those read, so that they
  // read the index alone (75 pages for a year of RUSGOV as target at 1 M events, where the rows
  // took 2,000). A page filtered by text finds each sentence's reports' events in the index of
  // sentences alone, too.
  `
  CREATE TABLE root_months (
    month text COLLATE "C" NOT NULL, source_root text COLLATE "C" NOT NULL, target_root text COLLATE "C" NOT NULL, root text COLLATE "C" NOT NULL,
    events bigint NOT NULL,
    PRIMARY KEY (month, source_root, target_root, root)
  );
  CREATE INDEX root_months_source ON root_months (source_root, month);
  CREATE INDEX root_months_target ON root_months (target_root, month);
  INSERT INTO root_months SELECT substr(date_lo, 1, 7), source_root, target_root, root, count(*) FROM events GROUP BY 1, 2, 3, 4;
  CREATE INDEX events_target_date ON events (target, date_lo) INCLUDE (date_hi, root, quad, goldstein, mentions, source, source_root, background);
  CREATE INDEX events_source_codes_date ON events (source, date_lo) INCLUDE (date_hi, root, quad, goldstein, mentions, target, target_root, background);
  DROP INDEX mentions_sentence;
  CREATE INDEX mentions_sentence ON mentions (article_id, sentence_idx) INCLUDE (event_rowid, event_date);
  `,
];
