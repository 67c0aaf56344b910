// The SQLite drivers are synchronous; the methods are async because the EventStore contract is.
/* eslint-disable @typescript-eslint/require-await */
import { DyadError } from '../../errors.js';
import type { Article, CodedArticle, MergedEvent } from '../../types/index.js';
import { ARTICLE_COLUMNS, articleValues } from '../article-record.js';
import { eventRef, mergeArticle, type ArticleRepository, type CandidateRow } from '../merge-article.js';
import { mergedEvents, unpackMention, type EvidenceRow, type MentionFields } from '../mention-record.js';
import {
  COUNT_CAP,
  type ActorSummary,
  type AddResult,
  type ArticleHit,
  type CountryCount,
  type DyadPoint,
  type EventFilter,
  type EventStore,
  type NetworkEdge,
  type PageTotal,
  type Period,
  type StoredArticle,
} from '../event-store.js';
import { mergePartners, partnerStatements, type Partner, type PartnerRow } from '../actor-partners.js';
import { roundHundredths } from '../round-hundredths.js';
import { eitherWay, filterWhere, monthSpan, type FilterDialect, type Sides } from '../filter-sql.js';
import { MIGRATIONS } from './migrations.js';
import { openDatabase, type SqliteDatabase, type SqliteStatement } from './open-database.js';

interface EventRow {
  rowid: number;
  id: string;
  cameo: string;
  date_lo?: string | null;
  source_root?: string;
  target_root?: string;
  country?: string | null;
  quad?: number;
  mentions: number;
  articles: number;
  background: number;
  first_mention: number;
}

export interface OpenOptions {
  readonly?: boolean;
  /** Told before an existing store is migrated, which can take minutes at millions of events. */
  onMigrate?: (from: number, to: number) => void;
}

/** Opens (creating and migrating when needed) the SQLite store at `path`. */
export function openSqliteStore(path: string, options: OpenOptions = {}): SqliteStore {
  let db: SqliteDatabase;
  try {
    db = openDatabase(path, { readonly: options.readonly ?? false });
    db.exec('PRAGMA journal_mode = WAL');
  } catch (err) {
    if (err instanceof DyadError) throw err;
    if (/not a database/.test((err as Error).message)) throw new DyadError('input', `${path}: not a Dyad store (not an SQLite database)`);
    throw new DyadError('input', `${path}: cannot open the store (${(err as Error).message})`);
  }
  return new SqliteStore(db, path, options.readonly ?? false, options.onMigrate);
}

/** How many of the newest matching articles a search ranks. */
const SEARCH_WINDOW = 1000;
/** How many of the newest sentences with the words a page of events filtered by text reads. */
const TEXT_WINDOW = 5000;

/** A query word list for FTS5: words only, each quoted, so user text cannot break the syntax. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

/** SQLite's side of the shared event filter (see filter-sql.ts). */
const SQLITE_SQL: FilterDialect = {
  notBackground: 'e.background = 0',
  until: 'e.date_lo <= ?',
  inArticle: 'e.rowid IN (SELECT event_rowid FROM mentions WHERE article_id = ?)',
  text: (q) => {
    const param = ftsQuery(q);
    return param === null ? null : {
      param,
      clause: `e.rowid IN (SELECT m.event_rowid FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid
             JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx WHERE sentences_fts MATCH ?)`,
    };
  },
};

export class SqliteStore implements EventStore {
  private readonly statements = new Map<string, SqliteStatement>();
  private readonly repository = this.makeRepository();
  /** The last write queued; the next waits for it. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly path: string,
    private readonly readonly: boolean,
    onMigrate?: (from: number, to: number) => void,
  ) {
    // NORMAL is durable against process crashes in WAL mode and keeps one transaction per article cheap.
    if (!readonly) db.exec('PRAGMA synchronous = NORMAL');
    // SQLite's default page cache is 2 MB; at millions of events the indexes a query walks want more.
    db.exec('PRAGMA cache_size = -65536');
    this.migrate(readonly, onMigrate);
  }

  private migrate(readonly: boolean, onMigrate?: (from: number, to: number) => void): void {
    let version: number;
    try {
      version = (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    } catch (err) {
      throw new DyadError('input', `${this.path}: not a Dyad store (${(err as Error).message})`);
    }
    if (version > MIGRATIONS.length) {
      throw new DyadError('input', `${this.path}: made by a newer Dyad (schema ${version}, this one knows ${MIGRATIONS.length})`);
    }
    if (version === 0) {
      const tables = this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) throw new DyadError('input', `${this.path}: not a Dyad store (it has other tables)`);
    }
    if (version < MIGRATIONS.length && readonly) {
      throw new DyadError('input', `${this.path}: the store needs a migration; open it once without read-only`);
    }
    if (version > 0 && version < MIGRATIONS.length) onMigrate?.(version, MIGRATIONS.length);
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.exec('BEGIN');
      try {
        this.db.exec(`${MIGRATIONS[v] ?? ''}; PRAGMA user_version = ${v + 1};`);
        this.db.exec('COMMIT');
      } catch (err) {
        this.rollback();
        throw err;
      }
    }
  }

  /**
   * Undoes the open transaction. On some errors (a full disk, an I/O error) SQLite has already
   * rolled it back, and ROLLBACK's own "no transaction is active" would hide the real reason.
   */
  private rollback(): void {
    try {
      this.db.exec('ROLLBACK');
    } catch (err) {
      if (!/no transaction is active/.test((err as Error).message)) throw err;
    }
  }

  private stmt(sql: string): SqliteStatement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async hasSource(sha256: string): Promise<boolean> {
    return this.stmt('SELECT 1 FROM sources WHERE sha256 = ?').get(sha256) !== undefined;
  }

  addArticle(article: Article, coded: CodedArticle, input: string | null = null): Promise<AddResult> {
    // One connection, one transaction at a time: a second article waits for the first to commit.
    const result = this.writes.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const added = await mergeArticle(this.repository, article, coded, input);
        this.db.exec('COMMIT');
        return added;
      } catch (err) {
        this.rollback();
        throw err;
      }
    });
    this.writes = result.catch(() => undefined);
    return result;
  }

  /** The rows merging writes, as SQLite lays them out. */
  private makeRepository(): ArticleRepository {
    const run = (sql: string, ...params: unknown[]): number => Number(this.stmt(sql).run(...params).lastInsertRowid);
    return {
      insertArticle: async (article, input) => {
        run('INSERT OR IGNORE INTO sources (sha256, article_id) VALUES (?, ?)', article.source.sha256, article.id);
        if (this.stmt('SELECT 1 FROM articles WHERE id = ?').get(article.id) !== undefined) return false;
        const rowid = run(
          `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ...articleValues(article, input),
        );
        run('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)', rowid, article.title ?? '', article.body);
        return true;
      },
      insertSentence: async (articleId, s) => {
        const rowid = run('INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)', articleId, s.index, s.start, s.end, s.text);
        run('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)', rowid, s.text);
      },
      insertQuote: async (articleId, q) => {
        run(
          'INSERT INTO quotes (article_id, speaker_text, speaker_code, text, start, end) VALUES (?, ?, ?, ?, ?, ?)',
          articleId,
          q.speaker?.text ?? null,
          q.speaker?.code ?? null,
          q.text,
          q.span[0],
          q.span[1],
        );
      },
      insertQuantity: async (articleId, q) => {
        run(
          `INSERT INTO quantities (article_id, value, unit, what, change, text, start, end, date_value, date_precision)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          articleId, q.value, q.unit, q.what, q.change, q.text, q.span[0], q.span[1], q.date?.value ?? null, q.date?.precision ?? null,
        );
      },
      candidates: async ({ pairs, root, polarity, lo, hi }) =>
        (
          this.stmt(
            `SELECT rowid, source, target, cameo, date_lo, source_root, target_root, country, quad, goldstein, mentions, leader FROM events
             WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND root = ? AND polarity = ? AND date_lo <= ? AND date_hi >= ?
             ORDER BY leader LIMIT 50`,
          ).all(...pairs[0], ...pairs[1], root, polarity, hi, lo) as CandidateRow[]
        ).map(eventRef),
      insertEvent: async (e) => {
        const rowid = run(
          `INSERT INTO events (id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
             date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention, leader)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 0, ?)`,
          e.id, e.source, e.target, e.sourceRoot, e.targetRoot, e.cameo, e.root, e.plover, e.goldstein, e.quad, e.polarity,
          e.dateValue, e.datePrecision, e.dateLo, e.dateHi, e.country, e.background ? 1 : 0, e.leader,
        );
        return { ...e, rowid, mentions: 1 };
      },
      replaceLeader: async (event, e) => {
        run(
          `UPDATE events SET id = ?, source = ?, target = ?, source_root = ?, target_root = ?, cameo = ?, plover = ?, goldstein = ?, quad = ?,
             date_value = ?, date_precision = ?, date_lo = ?, date_hi = ?, country = ?, leader = ? WHERE rowid = ?`,
          e.id, e.source, e.target, e.sourceRoot, e.targetRoot, e.cameo, e.plover, e.goldstein, e.quad,
          e.dateValue, e.datePrecision, e.dateLo, e.dateHi, e.country, e.leader, event.rowid,
        );
      },
      insertMention: async (m) =>
        run(
          'INSERT INTO mentions (id, event_rowid, article_id, sentence_idx, background, record) VALUES (?, ?, ?, ?, ?, ?)',
          m.id, m.event.rowid, m.articleId, m.sentenceIdx, m.background ? 1 : 0, m.record,
        ),
      setFirstMention: async (event, mention) => {
        run('UPDATE events SET first_mention = ? WHERE rowid = ?', mention, event.rowid);
      },
      recount: async (event) => {
        run(
          `UPDATE events SET (mentions, articles, background) =
             (SELECT count(*), count(DISTINCT article_id), min(background) FROM mentions WHERE event_rowid = ?) WHERE rowid = ?`,
          event.rowid,
          event.rowid,
        );
      },
      countPairMonth: async (month, sourceRoot, targetRoot, country, quad, events, mentions, goldstein) => {
        run(
          `INSERT INTO pair_months (month, source_root, target_root, country, quad, events, mentions, goldstein_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, goldstein_sum = goldstein_sum + excluded.goldstein_sum`,
          month, sourceRoot, targetRoot, country, quad, events, mentions, goldstein,
        );
        // An event that moved away leaves no empty row behind: the store is the one it would be had its leader come first.
        if (events < 0) {
          run(
            'DELETE FROM pair_months WHERE month = ? AND source_root = ? AND target_root = ? AND country = ? AND quad = ? AND events = 0 AND mentions = 0',
            month, sourceRoot, targetRoot, country, quad,
          );
        }
      },
      countActor: async (ref, side, delta) => {
        const column = side === 'source' ? 'as_source' : 'as_target';
        run(
          `INSERT INTO actors (code, country, sector, ${column}) VALUES (?, ?, ?, ?)
           ON CONFLICT (code) DO UPDATE SET ${column} = ${column} + excluded.${column}`,
          ref.code, ref.country, ref.sector, delta,
        );
      },
      countNames: async (names) => {
        for (const [code, counts] of names) {
          for (const [name, n] of counts) {
            run('INSERT INTO actor_names (code, name, reports) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET reports = reports + excluded.reports', code, name, n);
          }
          run('UPDATE actors SET name = (SELECT name FROM actor_names WHERE code = ? ORDER BY reports DESC, name LIMIT 1) WHERE code = ?', code, code);
        }
      },
    };
  }

  async events(filter: EventFilter = {}): Promise<MergedEvent[]> {
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 100;
    if (filter.q && ftsQuery(filter.q)) return this.withEvidence(this.textMatches(filter, offset + limit, true).rows.slice(offset));
    const sides = eitherWay(filter);
    if (sides) {
      // "Either side" as one OR makes SQLite collect and sort every match; each direction alone is
      // an index range already in date order, so read the first page of each and merge.
      const rows = new Map<number, EventRow>();
      for (const directed of sides) {
        const { sql, params } = filterWhere(SQLITE_SQL, filter, directed);
        for (const row of this.newestFirst(sql, params, offset + limit, 0)) rows.set(row.rowid, row);
      }
      const page = [...rows.values()].sort((x, y) => (y.date_lo ?? '').localeCompare(x.date_lo ?? '') || descending(x.id, y.id));
      return this.withEvidence(page.slice(offset, offset + limit));
    }
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    return this.withEvidence(this.newestFirst(sql, params, limit, offset));
  }

  /**
   * A page of events, newest first, date ties by id. No index holds the id, so sorting every match
   * by it would read each one's row: the day the page ends on is found from a date index alone,
   * and only the events from that day on are read and sorted.
   */
  private newestFirst(where: string, params: unknown[], limit: number, offset: number): EventRow[] {
    const edge = this.stmt(`SELECT e.date_lo FROM events e ${where} ORDER BY e.date_lo DESC LIMIT 1 OFFSET ?`).get(...params, offset + limit - 1) as
      | { date_lo: string | null }
      | undefined;
    const from = edge?.date_lo;
    const sql = from ? `${where ? `${where} AND` : 'WHERE'} e.date_lo >= ?` : where;
    return this.stmt(
      `SELECT e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention, e.date_lo FROM events e ${sql}
       ORDER BY e.date_lo DESC, e.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, ...(from ? [from] : []), limit, offset) as EventRow[];
  }

  /** Every matching event by id (an order that does not depend on arrival), read in pages so that exports of millions stay flat in memory. */
  async *eachEvent(filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<MergedEvent> {
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    const page = this.db.prepare(
      `SELECT e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention FROM events e
       ${sql ? `${sql} AND` : 'WHERE'} e.id > ? ORDER BY e.id LIMIT ?`,
    );
    let after = '';
    for (;;) {
      const rows = page.all(...params, after, pageSize) as EventRow[];
      if (rows.length === 0) return;
      yield* this.withEvidence(rows);
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  private withEvidence(rows: EventRow[]): MergedEvent[] {
    if (rows.length === 0) return [];
    const mentions = this.db
      .prepare(
        `SELECT m.event_rowid, m.article_id, m.id, m.record, s.text, a.url, a.title, a.published FROM mentions m
         JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx
         WHERE m.event_rowid IN (${rows.map(() => '?').join(',')})`,
      )
      .all(...rows.map((r) => r.rowid)) as EvidenceRow[];
    return mergedEvents(rows.map((row) => ({ ...row, background: row.background === 1 })), mentions);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    if (filter.q && ftsQuery(filter.q)) return this.textMatches(filter, Infinity, false).rows.length;
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    return (this.db.prepare(`SELECT count(*) AS n FROM events e ${sql}`).get(...params) as { n: number }).n;
  }

  async countByRoot(filter: EventFilter = {}): Promise<Record<string, number> | null> {
    // A country's count per root is one range of a (root, code) index each: 20 of them cost less than
    // grouping its every event (28 against 67 ms CPU at a million events). A text filter has its own path.
    if ((filter.q && ftsQuery(filter.q)) || filter.actor?.length === 3) return null;
    const grouped = (directed?: Sides, sign = 1): [string, number][] => {
      const { sql, params } = filterWhere(SQLITE_SQL, filter, directed);
      const rows = this.stmt(`SELECT e.root AS root, count(*) AS n FROM events e${directed ? codeIndex(directed) : ''} ${sql} GROUP BY e.root`).all(...params) as { root: string; n: number }[];
      return rows.map((r) => [r.root, sign * r.n]);
    };
    const { actor } = filter;
    if (!actor || actor.length === 3 || filter.dyad) return Object.fromEntries(grouped());
    // An actor finer than a country: as source, plus as target, less the events it is both sides of;
    // each one range of a code index, where "either side" would read the date index.
    const counts: Record<string, number> = {};
    for (const [root, n] of [...grouped([actor, null]), ...grouped([null, actor]), ...grouped([actor, actor], -1)]) counts[root] = (counts[root] ?? 0) + n;
    return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  }

  async pageTotal(filter: EventFilter = {}): Promise<PageTotal> {
    if (filter.q && ftsQuery(filter.q)) {
      const { rows, truncated } = this.textMatches(filter, COUNT_CAP + 1, true);
      return { count: Math.min(rows.length, COUNT_CAP), exact: rows.length <= COUNT_CAP && !truncated };
    }
    const n = this.countUpTo(filter, COUNT_CAP + 1);
    return { count: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP };
  }

  private countUpTo(filter: EventFilter, max: number): number {
    const sides = eitherWay(filter);
    if (sides) {
      // As for a page: each direction is one index range; the union of their first `max` is the count.
      const seen = new Set<number>();
      for (const directed of sides) {
        const w = filterWhere(SQLITE_SQL, filter, directed);
        const rows = this.stmt(`SELECT e.rowid FROM events e ${w.sql} ORDER BY e.date_lo DESC LIMIT ?`).all(...w.params, max) as { rowid: number }[];
        for (const row of rows) seen.add(row.rowid);
      }
      return Math.min(seen.size, max);
    }
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    return (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM events e ${sql} LIMIT ?)`).get(...params, max) as { n: number }).n;
  }

  /**
   * Events whose sentences match the text query, newest report first, up to `max` distinct events.
   * Read from the full-text index outwards (CROSS JOIN keeps that order) and stopped early, so that
   * a common word costs a page of hits, not every hit in the store. With `windowed`, only the newest
   * TEXT_WINDOW sentences with the words are read, which bounds a page when the other filters are
   * narrow and the words common; `truncated` tells that older ones were left.
   */
  private textMatches(filter: EventFilter, max: number, windowed: boolean): { rows: EventRow[]; truncated: boolean } {
    const q = ftsQuery(filter.q ?? '');
    // The CAST: FTS5 ignores rowid constraints bound as REAL, and JS numbers bind as REAL.
    const oldest = windowed
      ? (this.stmt('SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT 2 OFFSET ?').all(q, TEXT_WINDOW - 1) as { rowid: number }[])
      : [];
    const floor = oldest[0]?.rowid ?? 0;
    const { sql, params } = filterWhere(SQLITE_SQL, { ...filter, q: undefined });
    const rows = this.stmt(
      `SELECT e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention
       FROM sentences_fts f CROSS JOIN sentences s ON s.rowid = f.rowid
         CROSS JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx
         CROSS JOIN events e ON e.rowid = m.event_rowid
       WHERE sentences_fts MATCH ? AND f.rowid >= CAST(? AS INTEGER) ${sql.replace(/^WHERE/, 'AND')} ORDER BY f.rowid DESC`,
    );
    const seen = new Set<number>();
    const out: EventRow[] = [];
    for (const row of rows.iterate(q, floor, ...params) as IterableIterator<EventRow>) {
      if (seen.has(row.rowid)) continue;
      seen.add(row.rowid);
      out.push(row);
      if (out.length >= max) break;
    }
    return { rows: out, truncated: oldest.length > 1 };
  }

  async dyad(a: string, b: string, by: Period, filter: EventFilter = {}): Promise<DyadPoint[]> {
    const span = monthSpan({ ...filter, dyad: undefined, actor: undefined });
    if (span && (by === 'month' || by === 'year') && a.length === 3 && (b.length === 3 || b === '')) return this.dyadFromMonths(a, b, by, span);
    const period = {
      day: 'e.date_lo',
      week: "strftime('%Y-W%W', e.date_lo)",
      month: 'substr(e.date_lo, 1, 7)',
      year: 'substr(e.date_lo, 1, 4)',
    }[by];
    const points: DyadPoint[] = [];
    for (const [direction, from, to] of [
      ['a>b', a, b],
      ['b>a', b, a],
    ] as const) {
      const { sql, params } = filterWhere(SQLITE_SQL, filter, [from, to]);
      const rows = this.db
        .prepare(
          `SELECT ${period} AS period, count(*) AS events, sum(e.mentions) AS mentions, sum(e.goldstein) AS gsum,
             sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4
           FROM events e${codeIndex([from, to])} ${sql} AND e.date_lo IS NOT NULL
           GROUP BY period ORDER BY period`,
        )
        .all(...params) as { period: string; events: number; mentions: number; gsum: number; q1: number; q2: number; q3: number; q4: number }[];
      for (const r of rows) {
        points.push({
          period: r.period,
          direction,
          events: r.events,
          mentions: r.mentions,
          goldsteinSum: roundHundredths(r.gsum),
          goldsteinMean: roundHundredths(r.gsum / r.events),
          quad: [r.q1, r.q2, r.q3, r.q4],
        });
      }
    }
    return points.sort((x, y) => x.period.localeCompare(y.period) || x.direction.localeCompare(y.direction));
  }

  /** A country pair's time line from the monthly totals; with `b` empty, the country with anyone, each direction on its own as on the events. */
  private dyadFromMonths(a: string, b: string, by: 'month' | 'year', span: { sql: string; params: string[] }): DyadPoint[] {
    const period = by === 'month' ? 'p.month' : 'substr(p.month, 1, 4)';
    const sums = `sum(p.events) AS events, sum(p.mentions) AS mentions, sum(p.goldstein_sum) AS gsum,
           sum(CASE WHEN p.quad = 1 THEN p.events ELSE 0 END) AS q1, sum(CASE WHEN p.quad = 2 THEN p.events ELSE 0 END) AS q2,
           sum(CASE WHEN p.quad = 3 THEN p.events ELSE 0 END) AS q3, sum(CASE WHEN p.quad = 4 THEN p.events ELSE 0 END) AS q4`;
    const rows = (
      b === ''
        ? this.db
            .prepare(
              `SELECT ${period} AS period, 'a>b' AS direction, ${sums} FROM pair_months p WHERE p.source_root = ? AND p.month != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0
               UNION ALL
               SELECT ${period} AS period, 'b>a' AS direction, ${sums} FROM pair_months p WHERE p.target_root = ? AND p.month != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0
               ORDER BY 1, 2`,
            )
            .all(a, ...span.params, a, ...span.params)
        : this.db
            .prepare(
              `SELECT ${period} AS period, CASE WHEN p.source_root = ? THEN 'a>b' ELSE 'b>a' END AS direction, ${sums}
               FROM pair_months p
               WHERE ((p.source_root = ? AND p.target_root = ?) OR (p.source_root = ? AND p.target_root = ?)) AND p.month != '' ${span.sql}
               GROUP BY 1, 2 HAVING sum(p.events) > 0 ORDER BY 1, 2`,
            )
            .all(a, a, b, b, a, ...span.params)
    ) as { period: string; direction: 'a>b' | 'b>a'; events: number; mentions: number; gsum: number; q1: number; q2: number; q3: number; q4: number }[];
    return rows.map((r) => ({
      period: r.period,
      direction: r.direction,
      events: r.events,
      mentions: r.mentions,
      goldsteinSum: roundHundredths(r.gsum),
      goldsteinMean: roundHundredths(r.gsum / r.events),
      quad: [r.q1, r.q2, r.q3, r.q4],
    }));
  }

  async actors(limit = 1000): Promise<ActorSummary[]> {
    return (
      this.stmt(
        // "---" (an actor no table resolved) was stored by older versions: it is nobody to list.
        "SELECT code, country, sector, name, as_source, as_target FROM actors WHERE code != '---' ORDER BY as_source + as_target DESC, code LIMIT ?",
      ).all(limit) as { code: string; country: string | null; sector: string | null; name: string | null; as_source: number; as_target: number }[]
    ).map((r) => ({ code: r.code, country: r.country, sector: r.sector, name: r.name, asSource: r.as_source, asTarget: r.as_target }));
  }

  async network(filter: EventFilter = {}, limit = 200): Promise<NetworkEdge[]> {
    // A country's own network (its profile's partners) is also read from the monthly totals.
    const { actor, ...others } = filter;
    const country = actor?.length === 3 ? actor : undefined;
    const span = monthSpan(country ? others : filter);
    if (span) {
      return (
        this.db
          .prepare(
            `SELECT p.source_root AS source, p.target_root AS target, sum(p.events) AS events, sum(p.goldstein_sum) / sum(p.events) AS g
             FROM pair_months p WHERE p.target_root NOT IN ('', '---') AND p.source_root != '---' ${country ? 'AND (p.source_root = ? OR p.target_root = ?)' : ''} ${span.sql}
             GROUP BY 1, 2 HAVING sum(p.events) > 0 ORDER BY events DESC, 1, 2 LIMIT ?`,
          )
          .all(...(country ? [country, country] : []), ...span.params, limit) as { source: string; target: string; events: number; g: number }[]
      ).map((r) => ({ source: r.source, target: r.target, events: r.events, goldsteinMean: roundHundredths(r.g) }));
    }
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    return (
      this.db
        .prepare(
          `SELECT e.source_root AS source, e.target_root AS target, count(*) AS events, avg(e.goldstein) AS g
           FROM events e ${sql ? `${sql} AND` : 'WHERE'} e.target_root NOT IN ('', '---') AND e.source_root != '---' GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?`,
        )
        .all(...params, limit) as { source: string; target: string; events: number; g: number }[]
    ).map((r) => ({ source: r.source, target: r.target, events: r.events, goldsteinMean: roundHundredths(r.g) }));
  }

  async dateExtent(filter: EventFilter = {}): Promise<[string, string] | null> {
    // Each direction of an actor on its own: an ordered range of a (side, date) index, stopped at the first row.
    const ends: string[] = [];
    for (const directed of eitherWay(filter) ?? [undefined]) {
      const { sql, params } = filterWhere(SQLITE_SQL, filter, directed);
      for (const order of ['ASC', 'DESC']) {
        const row = this.stmt(`SELECT e.date_lo AS d FROM events e${directed ? codeIndex(directed) : ''} ${sql ? `${sql} AND` : 'WHERE'} e.date_lo IS NOT NULL ORDER BY e.date_lo ${order} LIMIT 1`).get(
          ...params,
        ) as { d: string } | undefined;
        if (row) ends.push(row.d);
      }
    }
    ends.sort();
    return ends.length > 0 ? [ends[0] as string, ends[ends.length - 1] as string] : null;
  }

  async partners(actor: string, filter: EventFilter = {}, limit = 15): Promise<Partner[]> {
    const rows = partnerStatements(SQLITE_SQL, actor, filter, (side) => `events e${codeIndex(side === 'source' ? [actor, null] : [null, actor])}`).flatMap(
      (s) => this.stmt(s.sql).all(...s.params) as PartnerRow[],
    );
    return mergePartners(actor, rows, limit);
  }

  async countries(filter: EventFilter = {}): Promise<CountryCount[]> {
    const span = monthSpan(filter);
    if (span) {
      return (
        this.db
          .prepare(
            `SELECT p.country AS country, sum(p.events) AS events, sum(p.goldstein_sum) / sum(p.events) AS g FROM pair_months p
             WHERE p.country != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0 ORDER BY events DESC, 1`,
          )
          .all(...span.params) as { country: string; events: number; g: number }[]
      ).map((r) => ({ country: r.country, events: r.events, goldsteinMean: roundHundredths(r.g) }));
    }
    const { sql, params } = filterWhere(SQLITE_SQL, filter);
    return (
      this.db
        .prepare(
          `SELECT e.country AS country, count(*) AS events, avg(e.goldstein) AS g FROM events e
           ${sql ? `${sql} AND` : 'WHERE'} e.country IS NOT NULL GROUP BY 1 ORDER BY events DESC, 1`,
        )
        .all(...params) as { country: string; events: number; g: number }[]
    ).map((r) => ({ country: r.country, events: r.events, goldsteinMean: roundHundredths(r.g) }));
  }

  async search(query: string, limit = 20, offset = 0): Promise<ArticleHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    // Ranking every match costs a score per matching article (seconds for a common word at half a
    // million articles), so the best are chosen among the newest SEARCH_WINDOW matches.
    const hits = this.stmt(
      `SELECT h.r AS rowid, a.id, a.title, a.url, a.published, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS events
       FROM (SELECT rowid AS r, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) h
       JOIN articles a ON a.rowid = h.r ORDER BY h.score, h.r DESC LIMIT ? OFFSET ?`,
    ).all(q, SEARCH_WINDOW, limit, offset) as (Omit<ArticleHit, 'snippet'> & { rowid: number })[];
    // The CAST matters: FTS5 ignores "rowid = ?" when the bound value is REAL, and JS numbers bind as REAL.
    const snippet = this.stmt(
      `SELECT snippet(articles_fts, 1, '[', ']', '…', 16) AS s FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    );
    return hits.map(({ rowid, ...hit }) => ({
      id: hit.id,
      title: hit.title,
      url: hit.url,
      published: hit.published,
      snippet: (snippet.get(q, rowid) as { s: string }).s,
      events: hit.events,
    }));
  }

  async article(id: string): Promise<StoredArticle | null> {
    const row = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, string | number | null> | undefined;
    if (!row) return null;
    const article: Article = {
      id: String(row.id),
      url: row.url as string | null,
      title: row.title as string | null,
      subtitle: row.subtitle as string | null,
      byline: JSON.parse(String(row.byline)) as string[],
      published: row.published as string | null,
      language: row.language as string | null,
      images: JSON.parse(String(row.images)) as Article['images'],
      body: String(row.body),
      paragraphs: JSON.parse(String(row.paragraphs)) as Article['paragraphs'],
      source: { kind: row.source_kind as 'html' | 'text', bytes: Number(row.source_bytes), sha256: String(row.source_sha256) },
      site: row.site as string | null,
    };
    const events = (
      this.stmt(
        `SELECT m.id, m.article_id, m.record, s.text, e.id AS merged FROM mentions m JOIN events e ON e.rowid = m.event_rowid
         JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx WHERE m.article_id = ? ORDER BY m.rowid`,
      ).all(id) as (MentionFields & { merged: string })[]
    ).map((r) => ({ ...unpackMention(r), merged: r.merged }));
    return { article, events };
  }

  async stats(): Promise<{ articles: number; events: number; mentions: number }> {
    const count = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), events: count('events'), mentions: count('mentions') };
  }

  async close(): Promise<void> {
    await this.writes;
    // Keeps the planner's statistics current as the store grows; bounded, so cheap at any size.
    try {
      if (!this.readonly) this.db.exec('PRAGMA analysis_limit = 1000; PRAGMA optimize;');
    } catch {
      // Only an optimisation: on a full disk it fails too, and the error that stopped the run is the one to tell.
    }
    this.db.close();
  }
}

/**
 * The index for one direction of an actor finer than a country (RUSGOV), as an INDEXED BY clause:
 * with a date filter, SQLite's planner estimates a year of the date index as cheaper than the
 * actor's range of its code index, and reads (at a million events) 240,000 rows for RUSGOV's 2,400.
 * The code indexes hold the date, so a narrow period costs index entries, not rows.
 */
function codeIndex([source, target]: [string | null, string | null]): string {
  if (source && source.length > 3) return ' INDEXED BY events_codes';
  if (target && target.length > 3) return ' INDEXED BY events_target_date';
  return '';
}

function descending(x: string, y: string): number {
  return x < y ? 1 : x > y ? -1 : 0;
}

