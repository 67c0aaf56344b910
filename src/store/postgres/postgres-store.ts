import type pg from 'pg';
import { DyadError } from '../../errors.js';
import type { Article, CodedArticle, MergedEvent } from '../../types/index.js';
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
import { mergeArticle } from '../merge-article.js';
import { mergePartners, partnerStatements, type Partner, type PartnerRow } from '../actor-partners.js';
import { roundHundredths } from '../round-hundredths.js';
import { eitherWay, filterWhere, monthSpan, type FilterDialect, type Sides } from '../filter-sql.js';
import { filedRange, isBackground, startsReaching } from '../merge-rules.js';
import { mergedEvents, unpackMention, type EvidenceRow, type MentionFields } from '../mention-record.js';
import { connectPool, redactUrl } from './connect-pool.js';
import { migrate } from './migrate.js';
import { ensureMonthPartitions, partitionMonth, type YearLayout } from './month-partitions.js';
import { numbered, PostgresRepository } from './postgres-repository.js';

export interface OpenPostgresOptions {
  readonly?: boolean;
  onMigrate?: (from: number, to: number) => void;
  /** Connections in the pool (default 10). */
  connections?: number;
  /** Rows an article's candidate prefetch may read before it asks report by report (default 2,000). */
  prefetchRows?: number;
}

/** Opens (creating and migrating when needed) the PostgreSQL store at a postgres:// URL. */
export async function openPostgresStore(target: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  const label = redactUrl(target);
  const { pool, schema } = connectPool(target, options.connections);
  try {
    await migrate(pool, { label, schema, readonly: options.readonly ?? false, onMigrate: options.onMigrate });
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof DyadError) throw err;
    throw new DyadError('input', `${label}: cannot open the store (${(err as Error).message || String(err)})`);
  }
  return new PostgresStore(pool, options.prefetchRows);
}

/** How many of the newest matching articles a search ranks. */
const SEARCH_WINDOW = 1000;
/** How many of the newest sentences with the words a page of events filtered by text reads. */
const TEXT_WINDOW = 5000;
/** Tries of an article's transaction when PostgreSQL picks it as a deadlock's victim. */
const WRITE_TRIES = 6;

/** The words of a text query, for plainto_tsquery: words only, so user text cannot break the syntax. */
export function tsWords(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.join(' ') : null;
}

/** PostgreSQL's side of the shared event filter (see filter-sql.ts); mentions are found by their partition key too. */
const POSTGRES_SQL: FilterDialect = {
  notBackground: 'NOT e.background',
  // '' is an undated event, which no date filter matches.
  until: "e.date_lo <= ? AND e.date_lo > ''",
  inArticle: '(e.rowid, e.date_lo) IN (SELECT event_rowid, event_date FROM mentions WHERE article_id = ?)',
  text: (q) => {
    const param = tsWords(q);
    return param === null ? null : {
      param,
      clause: `(e.rowid, e.date_lo) IN (SELECT m.event_rowid, m.event_date FROM sentences s
             JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx WHERE s.fts @@ plainto_tsquery('simple', ?))`,
    };
  },
};

interface EventRow {
  rowid: number;
  id: string;
  cameo: string;
  date_lo: string;
  mentions: number;
  articles: number;
  background: boolean;
  first_mention: number;
}

const EVENT_COLUMNS = 'e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention, e.date_lo';

/** Merge locks: reports of one unordered pair and CAMEO root can join the same events; writers of other pairs go on. */
function mergeLockKeys(coded: CodedArticle): string[] {
  return [...new Set(coded.events.map((e) => `${[e.source.code, e.target?.code ?? ''].sort().join('|')}|${e.action.cameo.slice(0, 2)}`))];
}

/**
 * The EventStore on PostgreSQL: many writers (one transaction per article, merges of a pair
 * serialized by an advisory lock), tables partitioned by month, full text as tsvector with GIN.
 * Rows and answers are those of the SQLite store; the shared contract suite runs on both.
 */
export class PostgresStore implements EventStore {
  private readonly months = new Set<string>();
  private readonly years = new Map<string, YearLayout>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly prefetchRows?: number,
  ) {}

  private async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], client: pg.Pool | pg.PoolClient = this.pool): Promise<T[]> {
    return (await client.query<T>(numbered(sql), params)).rows;
  }

  async hasSource(sha256: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM sources WHERE sha256 = ?', [sha256])).length > 0;
  }

  addArticle(article: Article, coded: CodedArticle, input: string | null = null): Promise<AddResult> {
    const result = this.write(article, coded, input);
    this.pending.add(result);
    const done = (): void => void this.pending.delete(result);
    result.then(done, done);
    return result;
  }

  private async write(article: Article, coded: CodedArticle, input: string | null): Promise<AddResult> {
    // The months new events may be filed under (merging decides which are new; a spare partition
    // costs nothing), made before the article's transaction.
    const filed = coded.events.flatMap((e) => {
      const month = partitionMonth(filedRange(e.date, article.published)?.[0]);
      return month ? [{ month, news: !isBackground(e.date, article.published) }] : [];
    });
    await ensureMonthPartitions(this.pool, filed, this.years, this.months);
    const locks = mergeLockKeys(coded);
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        // Taken in one order (sorted hashes), so that two articles never wait on each other's merge locks.
        const [taken] = (
          await client.query<{ rowids: number[] | null; events: number[] | null }>(
            `SELECT (SELECT count(pg_advisory_xact_lock(h)) FROM
                      (SELECT DISTINCT hashtextextended(current_schema() || ':merge:' || k, 0) AS h FROM unnest($1::text[]) k ORDER BY h) s) AS locks,
                    (SELECT array_agg(nextval('mentions_rowid')) FROM generate_series(1, $2::int)) AS rowids,
                    (SELECT array_agg(nextval('events_rowid')) FROM generate_series(1, $2::int)) AS events`,
            [locks, coded.events.length],
          )
        ).rows;
        const repository = new PostgresRepository(client, (taken?.rowids ?? []).map(Number), (taken?.events ?? []).map(Number), this.prefetchRows);
        const added = await mergeArticle(repository, article, coded, input);
        if (added.status === 'added') await repository.flush();
        await client.query('COMMIT');
        return added;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        // Two articles can still deadlock on rows both touch (an event both report); PostgreSQL
        // aborts one, which is tried again from the start.
        const code = (err as { code?: string }).code;
        if ((code === '40P01' || code === '40001') && attempt < WRITE_TRIES) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
          continue;
        }
        throw err;
      } finally {
        client.release();
      }
    }
  }

  

  async events(filter: EventFilter = {}): Promise<MergedEvent[]> {
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 100;
    if (filter.q && tsWords(filter.q)) return this.withEvidence((await this.textMatches(filter, offset + limit, true)).rows.slice(offset));
    const sides = eitherWay(filter);
    if (sides) {
      // As on SQLite: each direction alone is an index range in date order; the first page of each, merged.
      const rows = new Map<number, EventRow>();
      for (const directed of sides) {
        const { sql, params } = filterWhere(POSTGRES_SQL, filter, directed);
        for (const row of await this.newestFirst(sql, [...params, offset + limit, 0])) rows.set(row.rowid, row);
      }
      const page = [...rows.values()].sort((x, y) => y.date_lo.localeCompare(x.date_lo) || descending(x.id, y.id));
      return this.withEvidence(page.slice(offset, offset + limit));
    }
    const { sql, params } = filterWhere(POSTGRES_SQL, filter);
    return this.withEvidence(await this.newestFirst(sql, [...params, limit, offset]));
  }

  private newestFirst(where: string, params: unknown[]): Promise<EventRow[]> {
    return this.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e ${where} ORDER BY e.date_lo DESC, e.id DESC LIMIT ? OFFSET ?`, params);
  }

  /** Every matching event by id (an order that does not depend on arrival), read in pages so that exports of millions stay flat in memory. */
  async *eachEvent(filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<MergedEvent> {
    const { sql, params } = filterWhere(POSTGRES_SQL, filter);
    let after = '';
    for (;;) {
      const rows = await this.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events e ${sql ? `${sql} AND` : 'WHERE'} e.id > ? ORDER BY e.id LIMIT ?`,
        [...params, after, pageSize],
      );
      if (rows.length === 0) return;
      yield* await this.withEvidence(rows);
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  private async withEvidence(rows: EventRow[]): Promise<MergedEvent[]> {
    if (rows.length === 0) return [];
    const mentions = await this.query<EvidenceRow>(
      `SELECT m.event_rowid, m.article_id, m.id, m.record, s.text, a.url, a.title, a.published FROM mentions m
       JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx
       WHERE m.event_rowid = ANY(?::bigint[]) AND m.event_date = ANY(?::text[])`,
      [rows.map((r) => r.rowid), [...new Set(rows.map((r) => r.date_lo))]],
    );
    return mergedEvents(rows, mentions);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    if (filter.q && tsWords(filter.q)) return (await this.textMatches(filter, Infinity, false)).rows.length;
    const { sql, params } = filterWhere(POSTGRES_SQL, filter);
    return (await this.query<{ n: number }>(`SELECT count(*) AS n FROM events e ${sql}`, params))[0]?.n ?? 0;
  }

  async countByRoot(filter: EventFilter = {}): Promise<Record<string, number> | null> {
    if (filter.q && tsWords(filter.q)) return null;
    const { actor, ...others } = filter;
    // A country's counts from the per-month totals when the rest of the filter is whole months, and
    // starts on a year (or not at all): an event is counted under its first month, and a quarter or a
    // year that starts before a mid-year `since` still meets it. Counting its events read every
    // month partition (2.1 s at 8.3 M events).
    const span = actor?.length === 3 ? monthSpan(others) : null;
    if (span && (!others.since || others.since.endsWith('-01-01'))) {
      const rows = await this.query<{ root: string; n: number }>(
        `SELECT p.root, sum(p.events) AS n FROM root_months p WHERE (p.source_root = ? OR p.target_root = ?) ${span.sql}
         GROUP BY 1 HAVING sum(p.events) > 0`,
        [actor, actor, ...span.params],
      );
      return Object.fromEntries(rows.map((r) => [r.root, r.n]));
    }
    const grouped = async (directed?: Sides, sign = 1): Promise<[string, number][]> => {
      const { sql, params } = filterWhere(POSTGRES_SQL, filter, directed);
      const rows = await this.query<{ root: string; n: number }>(`SELECT e.root, count(*) AS n FROM events e ${sql} GROUP BY 1`, params);
      return rows.map((r) => [r.root, sign * r.n]);
    };
    if (!actor || actor.length === 3 || filter.dyad) return Object.fromEntries(await grouped());
    // An actor finer than a country, as on SQLite: as source, plus as target, less the events it is
    // both sides of; each one range of a code index.
    const counts: Record<string, number> = {};
    for (const [root, n] of [...(await grouped([actor, null])), ...(await grouped([null, actor])), ...(await grouped([actor, actor], -1))]) counts[root] = (counts[root] ?? 0) + n;
    return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  }

  async pageTotal(filter: EventFilter = {}): Promise<PageTotal> {
    if (filter.q && tsWords(filter.q)) {
      const { rows, truncated } = await this.textMatches(filter, COUNT_CAP + 1, true);
      return { count: Math.min(rows.length, COUNT_CAP), exact: rows.length <= COUNT_CAP && !truncated };
    }
    const n = await this.countUpTo(filter, COUNT_CAP + 1);
    return { count: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP };
  }

  private async countUpTo(filter: EventFilter, max: number): Promise<number> {
    const sides = eitherWay(filter);
    if (sides) {
      const seen = new Set<number>();
      for (const directed of sides) {
        const w = filterWhere(POSTGRES_SQL, filter, directed);
        const rows = await this.query<{ rowid: number }>(`SELECT e.rowid FROM events e ${w.sql} ORDER BY e.date_lo DESC LIMIT ?`, [...w.params, max]);
        for (const row of rows) seen.add(row.rowid);
      }
      return Math.min(seen.size, max);
    }
    const { sql, params } = filterWhere(POSTGRES_SQL, filter);
    return (await this.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM events e ${sql} LIMIT ?) x`, [...params, max]))[0]?.n ?? 0;
  }

  /**
   * Events whose sentences match the text query, newest report first (by their newest matching
   * sentence), up to `max` distinct events. With `windowed`, only the newest TEXT_WINDOW sentences
   * with the words are read, as on SQLite; `truncated` tells that older ones were left.
   */
  private async textMatches(filter: EventFilter, max: number, windowed: boolean): Promise<{ rows: EventRow[]; truncated: boolean }> {
    const words = tsWords(filter.q ?? '');
    const { sql, params } = filterWhere(POSTGRES_SQL, { ...filter, q: undefined });
    if (!windowed) {
      const rows = await this.query<EventRow>(
        `SELECT ${EVENT_COLUMNS}, max(s.rowid) AS newest
         FROM sentences s JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx
           JOIN events e ON e.rowid = m.event_rowid AND e.date_lo = m.event_date
         WHERE s.fts @@ plainto_tsquery('simple', ?) ${sql.replace(/^WHERE/, 'AND')}
         GROUP BY ${EVENT_COLUMNS} ORDER BY newest DESC, e.id DESC ${Number.isFinite(max) ? 'LIMIT ?' : ''}`,
        [words, ...params, ...(Number.isFinite(max) ? [max] : [])],
      );
      return { rows, truncated: false };
    }
    // Read as on SQLite: the window (its newest TEXT_WINDOW sentences, and one more to tell that
    // there are older ones) once, then from its newest sentence down, each report's event one index
    // probe in its month's partition, stopped when the page is full. OFFSET 0 keeps the probe a
    // probe: joined plainly, the planner hashed every partition of events instead (0.9-2.4 s at
    // 8.3 M events). The outer join gives the window's size also when no event matches.
    // An event reported by several sentences comes once, at its newest; when that leaves the page
    // short, more rows are read.
    for (let wanted = max; ; wanted *= 4) {
      const found = await this.query<EventRow & { seen: number }>(
        `WITH w AS MATERIALIZED (
           SELECT rowid, article_id, idx FROM sentences WHERE fts @@ plainto_tsquery('simple', ?) ORDER BY rowid DESC LIMIT ?)
         SELECT (SELECT count(*) FROM w) AS seen, p.* FROM (SELECT 1) one LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM (SELECT * FROM w ORDER BY rowid DESC LIMIT ?) s
             JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx
             CROSS JOIN LATERAL (SELECT * FROM events e WHERE e.rowid = m.event_rowid AND e.date_lo = m.event_date OFFSET 0) e
           ${sql} ORDER BY s.rowid DESC, e.id DESC LIMIT ?) p ON true`,
        [words, TEXT_WINDOW + 1, TEXT_WINDOW, ...params, wanted],
      );
      const hits = found.filter((r) => r.id !== null);
      const rows = new Map<number, EventRow>();
      for (const { seen: _seen, ...row } of hits) if (!rows.has(row.rowid)) rows.set(row.rowid, row);
      if (rows.size >= max || hits.length < wanted) return { rows: [...rows.values()].slice(0, max), truncated: (found[0]?.seen ?? 0) > TEXT_WINDOW };
    }
  }

  async dyad(a: string, b: string, by: Period, filter: EventFilter = {}): Promise<DyadPoint[]> {
    const span = monthSpan({ ...filter, dyad: undefined, actor: undefined });
    if (span && (by === 'month' || by === 'year') && a.length === 3 && (b.length === 3 || b === '')) return this.dyadFromMonths(a, b, by, span);
    const period = {
      day: 'e.date_lo',
      // SQLite's strftime('%Y-W%W'): weeks start on Monday; days before the year's first Monday are week 00.
      week: "substr(e.date_lo, 1, 4) || '-W' || lpad(((extract(doy FROM e.date_lo::date)::int + 7 - extract(isodow FROM e.date_lo::date)::int) / 7)::text, 2, '0')",
      month: 'substr(e.date_lo, 1, 7)',
      year: 'substr(e.date_lo, 1, 4)',
    }[by];
    const points: DyadPoint[] = [];
    for (const [direction, from, to] of [
      ['a>b', a, b],
      ['b>a', b, a],
    ] as const) {
      const { sql, params } = filterWhere(POSTGRES_SQL, filter, [from, to]);
      const rows = await this.query<{ period: string; events: number; mentions: number; gsum: number; q1: number; q2: number; q3: number; q4: number }>(
        // Summed by day first: the period's expression (a week's costs a few date functions) then
        // runs once a day, not once an event (25,000 for a year of RUSGOV at 10 M events).
        `SELECT ${period} AS period, sum(e.n) AS events, sum(e.m) AS mentions, sum(e.g) AS gsum, sum(e.q1) AS q1, sum(e.q2) AS q2, sum(e.q3) AS q3, sum(e.q4) AS q4
         FROM (SELECT e.date_lo, count(*) AS n, sum(e.mentions) AS m, sum(e.goldstein) AS g,
             count(*) FILTER (WHERE e.quad = 1) AS q1, count(*) FILTER (WHERE e.quad = 2) AS q2,
             count(*) FILTER (WHERE e.quad = 3) AS q3, count(*) FILTER (WHERE e.quad = 4) AS q4
           FROM events e ${sql} AND e.date_lo > '' GROUP BY 1) e
         GROUP BY 1 ORDER BY 1`,
        params,
      );
      for (const r of rows) points.push(point(r.period, direction, r));
    }
    return points.sort((x, y) => x.period.localeCompare(y.period) || x.direction.localeCompare(y.direction));
  }

  /** A country pair's time line from the monthly totals; with `b` empty, the country with anyone, each direction on its own as on the events. */
  private async dyadFromMonths(a: string, b: string, by: 'month' | 'year', span: { sql: string; params: string[] }): Promise<DyadPoint[]> {
    const period = by === 'month' ? 'p.month' : 'substr(p.month, 1, 4)';
    const sums = `sum(p.events) AS events, sum(p.mentions) AS mentions, sum(p.goldstein_sum) AS gsum,
         sum(p.events) FILTER (WHERE p.quad = 1) AS q1, sum(p.events) FILTER (WHERE p.quad = 2) AS q2,
         sum(p.events) FILTER (WHERE p.quad = 3) AS q3, sum(p.events) FILTER (WHERE p.quad = 4) AS q4`;
    const [sql, params] =
      b === ''
        ? [
            `SELECT ${period} AS period, 'a>b' AS direction, ${sums} FROM pair_months p WHERE p.source_root = ? AND p.month != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0
             UNION ALL
             SELECT ${period} AS period, 'b>a' AS direction, ${sums} FROM pair_months p WHERE p.target_root = ? AND p.month != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0
             ORDER BY 1, 2`,
            [a, ...span.params, a, ...span.params],
          ]
        : [
            `SELECT ${period} AS period, CASE WHEN p.source_root = ? THEN 'a>b' ELSE 'b>a' END AS direction, ${sums}
             FROM pair_months p
             WHERE ((p.source_root = ? AND p.target_root = ?) OR (p.source_root = ? AND p.target_root = ?)) AND p.month != '' ${span.sql}
             GROUP BY 1, 2 HAVING sum(p.events) > 0 ORDER BY 1, 2`,
            [a, a, b, b, a, ...span.params],
          ];
    const rows = await this.query<{ period: string; direction: 'a>b' | 'b>a'; events: number; mentions: number; gsum: number; q1: number; q2: number; q3: number; q4: number }>(sql, params);
    return rows.map((r) => point(r.period, r.direction, r));
  }

  async actors(limit = 1000): Promise<ActorSummary[]> {
    // "---" (an actor no table resolved) is nobody to list.
    const rows = await this.query<{ code: string; country: string | null; sector: string | null; name: string | null; as_source: number; as_target: number }>(
      "SELECT code, country, sector, name, as_source, as_target FROM actors WHERE code != '---' ORDER BY as_source + as_target DESC, code LIMIT ?",
      [limit],
    );
    return rows.map((r) => ({ code: r.code, country: r.country, sector: r.sector, name: r.name, asSource: r.as_source, asTarget: r.as_target }));
  }

  async network(filter: EventFilter = {}, limit = 200): Promise<NetworkEdge[]> {
    // A country's own network (its profile's partners) is also read from the monthly totals, as on SQLite.
    const { actor, ...others } = filter;
    const country = actor?.length === 3 ? actor : undefined;
    const span = monthSpan(country ? others : filter);
    const rows = span
      ? await this.query<{ source: string; target: string; events: number; g: number }>(
          `SELECT p.source_root AS source, p.target_root AS target, sum(p.events) AS events, sum(p.goldstein_sum) / sum(p.events) AS g
           FROM pair_months p WHERE p.target_root NOT IN ('', '---') AND p.source_root != '---' ${country ? 'AND (p.source_root = ? OR p.target_root = ?)' : ''} ${span.sql}
           GROUP BY 1, 2 HAVING sum(p.events) > 0 ORDER BY 3 DESC, 1, 2 LIMIT ?`,
          [...(country ? [country, country] : []), ...span.params, limit],
        )
      : await (() => {
          const { sql, params } = filterWhere(POSTGRES_SQL, filter);
          return this.query<{ source: string; target: string; events: number; g: number }>(
            `SELECT e.source_root AS source, e.target_root AS target, count(*) AS events, avg(e.goldstein) AS g
             FROM events e ${sql ? `${sql} AND` : 'WHERE'} e.target_root NOT IN ('', '---') AND e.source_root != '---'
             GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`,
            [...params, limit],
          );
        })();
    return rows.map((r) => ({ source: r.source, target: r.target, events: r.events, goldsteinMean: roundHundredths(r.g) }));
  }

  async dateExtent(filter: EventFilter = {}): Promise<[string, string] | null> {
    const ends: string[] = [];
    for (const directed of eitherWay(filter) ?? [undefined]) {
      const { sql, params } = filterWhere(POSTGRES_SQL, filter, directed);
      const end = async (order: 'ASC' | 'DESC', where = '', more: unknown[] = []): Promise<void> => {
        const [row] = await this.query<{ d: string }>(`SELECT e.date_lo AS d FROM events e ${sql ? `${sql} AND` : 'WHERE'} e.date_lo > '' ${where} ORDER BY e.date_lo ${order} LIMIT 1`, [...params, ...more]);
        if (row) ends.push(String(row.d));
      };
      await end('DESC');
      if (!filter.since) await end('ASC');
      else {
        // An event that reaches `since` starts on it or later, or on the first day of its year,
        // quarter or month: two narrow ranges of the date index, where the filter's bound (the
        // year's first day) read every event of the year up to `since` (0.3 s at 1 M events for the
        // last week of a year).
        await end('ASC', 'AND e.date_lo >= ?', [filter.since]);
        await end('ASC', 'AND e.date_lo = ANY(?::text[])', [startsReaching(filter.since)]);
      }
    }
    ends.sort();
    return ends.length > 0 ? [ends[0] as string, ends[ends.length - 1] as string] : null;
  }

  async partners(actor: string, filter: EventFilter = {}, limit = 15): Promise<Partner[]> {
    const rows = await Promise.all(partnerStatements(POSTGRES_SQL, actor, filter).map((s) => this.query<PartnerRow>(s.sql, s.params)));
    return mergePartners(actor, rows.flat(), limit);
  }

  async countries(filter: EventFilter = {}): Promise<CountryCount[]> {
    const span = monthSpan(filter);
    const rows = span
      ? await this.query<{ country: string; events: number; g: number }>(
          `SELECT p.country AS country, sum(p.events) AS events, sum(p.goldstein_sum) / sum(p.events) AS g FROM pair_months p
           WHERE p.country != '' ${span.sql} GROUP BY 1 HAVING sum(p.events) > 0 ORDER BY 2 DESC, 1`,
          span.params,
        )
      : await (() => {
          const { sql, params } = filterWhere(POSTGRES_SQL, filter);
          return this.query<{ country: string; events: number; g: number }>(
            `SELECT e.country AS country, count(*) AS events, avg(e.goldstein) AS g FROM events e
             ${sql ? `${sql} AND` : 'WHERE'} e.country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
            params,
          );
        })();
    return rows.map((r) => ({ country: r.country, events: r.events, goldsteinMean: roundHundredths(r.g) }));
  }

  async search(query: string, limit = 20, offset = 0): Promise<ArticleHit[]> {
    const words = tsWords(query);
    if (!words) return [];
    // As on SQLite, the best are chosen among the newest SEARCH_WINDOW matches; snippets are made
    // for the page only (the outer query runs after the LIMIT).
    return this.query<ArticleHit>(
      `SELECT h.id, h.title, h.url, h.published, h.events,
         ts_headline('simple', h.body, plainto_tsquery('simple', ?),
           'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM (
         SELECT a.id, a.title, a.url, a.published, a.body, w.score, w.rowid,
           (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS events
         FROM (SELECT rowid, ts_rank(fts, q) AS score FROM articles, plainto_tsquery('simple', ?) q WHERE fts @@ q ORDER BY rowid DESC LIMIT ?) w
         JOIN articles a ON a.rowid = w.rowid ORDER BY w.score DESC, w.rowid DESC LIMIT ? OFFSET ?
       ) h ORDER BY h.score DESC, h.rowid DESC`,
      [words, words, SEARCH_WINDOW, limit, offset],
    );
  }

  async article(id: string): Promise<StoredArticle | null> {
    const [row] = await this.query<Record<string, string | number | null>>('SELECT * FROM articles WHERE id = ?', [id]);
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
      await this.query<MentionFields & { merged: string }>(
        `SELECT m.id, m.article_id, m.record, s.text, e.id AS merged FROM mentions m
         JOIN events e ON e.rowid = m.event_rowid AND e.date_lo = m.event_date
         JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx WHERE m.article_id = ? ORDER BY m.rowid`,
        [id],
      )
    ).map((r) => ({ ...unpackMention(r), merged: r.merged }));
    return { article, events };
  }

  async stats(): Promise<{ articles: number; events: number; mentions: number }> {
    const [row] = await this.query<{ articles: number; events: number; mentions: number }>(
      'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM mentions) AS mentions',
    );
    return row ?? { articles: 0, events: 0, mentions: 0 };
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.pool.end();
  }
}

function point(period: string, direction: 'a>b' | 'b>a', r: { events: number; mentions: number; gsum: number; q1: number | null; q2: number | null; q3: number | null; q4: number | null }): DyadPoint {
  return {
    period,
    direction,
    events: r.events,
    mentions: r.mentions,
    goldsteinSum: roundHundredths(r.gsum),
    goldsteinMean: roundHundredths(r.gsum / r.events),
    quad: [r.q1 ?? 0, r.q2 ?? 0, r.q3 ?? 0, r.q4 ?? 0],
  };
}

function descending(x: string, y: string): number {
  return x < y ? 1 : x > y ? -1 : 0;
}

