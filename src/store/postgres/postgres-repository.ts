import type pg from 'pg';
import { ARTICLE_COLUMNS, articleValues } from '../article-record.js';
import type { ActorRef, Article, EventSentence, Quantity, Quote } from '../../types/index.js';
import { eventRef, type ArticleRepository, type CandidateQuery, type CandidateRow, type EventRef, type NewEvent, type NewMention } from '../merge-article.js';

/** `?` placeholders in order become $1, $2, ...: the queries read as the SQLite ones do. */
export function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

interface PairMonth {
  key: string[];
  events: number;
  mentions: number;
  goldstein: number;
}

interface ActorCount {
  code: string;
  country: string | null;
  sector: string | null;
  asSource: number;
  asTarget: number;
}

/** A stored or new event as the article's candidate queries see it. */
interface CachedEvent extends EventRef {
  root: string;
  polarity: string;
  /** date_lo as stored ('' when undated). */
  filed: string;
  dateHi: string | null;
}

/**
 * Merging's writes for one article, inside its transaction. The server is asked once for every
 * report's candidates (`prefetchCandidates`); new events, leader changes and every other row are kept
 * here and sent in a few statements at `flush`. A round trip per row made an article of 20 reports
 * cost 160 of them, and a candidate query per report cost a plan over a year of month partitions
 * each. Totals are summed per row and written in key order, so that two articles' transactions take
 * their row locks in the same order. The article's merge locks keep every other writer away from
 * the events its candidate queries can reach, so what was read stays true until commit.
 */
export class PostgresRepository implements ArticleRepository {
  private readonly sentences: EventSentence[] = [];
  private readonly quotes: Quote[] = [];
  private readonly quantities: Quantity[] = [];
  private readonly mentions: (NewMention & { rowid: number })[] = [];
  /** Events read by candidate queries or made by this article, as they stand now. */
  private readonly cache = new Map<number, CachedEvent>();
  /** The candidate queries already answered by the server (their keys). */
  private readonly asked = new Set<string>();
  /** Events this article makes, inserted at `flush`. */
  private readonly created = new Map<number, NewEvent & { firstMention: number }>();
  /** Stored events this article's reports now lead: their new fields, and the day they are stored under. */
  private readonly leaders = new Map<number, { from: string; fields: NewEvent }>();
  private readonly firstMentions = new Map<number, number>();
  private readonly recounts = new Set<number>();
  private readonly pairMonths = new Map<string, PairMonth>();
  private readonly rootMonths = new Map<string, { key: string[]; events: number }>();
  private readonly actorCounts = new Map<string, ActorCount>();
  private readonly names = new Map<string, Map<string, number>>();
  /** The first day (partition key) of each event this article touched, as it will be after `flush`. */
  private readonly eventDates = new Map<number, string>();
  private articleId = '';

  /**
   * `mentionRowids` and `eventRowids`: numbers taken from their sequences beforehand, one per report
   * each; `prefetchMax`: the rows the candidate prefetch may read before it asks report by report.
   */
  constructor(
    private readonly client: pg.PoolClient,
    private readonly mentionRowids: number[],
    private readonly eventRowids: number[],
    private readonly prefetchMax = 2000,
  ) {}

  private async run<T extends pg.QueryResultRow>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.client.query<T>(numbered(sql), params)).rows;
  }

  async insertArticle(article: Article, input: string | null): Promise<boolean> {
    this.articleId = article.id;
    // A second writer of the same article waits here for the first to commit, then inserts nothing.
    const rows = await this.run(
      `WITH seen AS (INSERT INTO sources (sha256, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING)
       INSERT INTO articles (${ARTICLE_COLUMNS})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING rowid`,
      article.source.sha256, article.id, ...articleValues(article, input),
    );
    return rows.length > 0;
  }

  insertSentence(_articleId: string, sentence: EventSentence): Promise<void> {
    this.sentences.push(sentence);
    return Promise.resolve();
  }

  insertQuote(_articleId: string, quote: Quote): Promise<void> {
    this.quotes.push(quote);
    return Promise.resolve();
  }

  insertQuantity(_articleId: string, quantity: Quantity): Promise<void> {
    this.quantities.push(quantity);
    return Promise.resolve();
  }

  async prefetchCandidates(queries: CandidateQuery[]): Promise<void> {
    const fresh = new Map<string, CandidateQuery>();
    for (const q of queries) if (!this.asked.has(queryKey(q))) fresh.set(queryKey(q), q);
    if (fresh.size === 0) return;
    // One statement for all: the planner prunes an OR of date ranges once, where a UNION (or a
    // query per report) plans a year of month partitions per branch. Every matching row is read, so
    // that `candidates` gives the server's answer exactly; a crowd past `prefetchMax` (a pair with
    // thousands of events in a window) is asked per report with the server's own LIMIT instead.
    const list = [...fresh.values()];
    const rows = await this.run<PrefetchRow>(
      `SELECT ${PREFETCH_COLUMNS} FROM events WHERE ${list.map(() => `(${CANDIDATE_WHERE})`).join(' OR ')} LIMIT ${this.prefetchMax + 1}`,
      ...list.flatMap(candidateParams),
    );
    if (rows.length > this.prefetchMax) {
      for (const q of list) this.remember(await this.run<PrefetchRow>(`SELECT ${PREFETCH_COLUMNS} FROM events WHERE ${CANDIDATE_WHERE} ORDER BY leader LIMIT ${CANDIDATES}`, ...candidateParams(q)));
    } else this.remember(rows);
    for (const key of fresh.keys()) this.asked.add(key);
  }

  private remember(rows: PrefetchRow[]): void {
    for (const r of rows) {
      const rowid = Number(r.rowid);
      // An event already read (or changed) by this article stays as this article left it.
      if (!this.cache.has(rowid)) this.cache.set(rowid, { ...eventRef(r), root: r.root, polarity: r.polarity, filed: r.date_lo ?? '', dateHi: r.date_hi });
    }
  }

  async candidates(query: CandidateQuery): Promise<EventRef[]> {
    if (!this.asked.has(queryKey(query))) await this.prefetchCandidates([query]);
    // The server's query again, over what it returned and this article's own writes.
    const { pairs, root, polarity, lo, hi } = query;
    const from = yearStart(lo);
    return [...this.cache.values()]
      .filter(
        (e) =>
          pairs.some(([s, t]) => e.source === s && e.target === t) && e.root === root && e.polarity === polarity &&
          e.filed <= hi && e.filed >= from && e.dateHi !== null && e.dateHi >= lo,
      )
      .sort((a, b) => (a.leader < b.leader ? -1 : a.leader > b.leader ? 1 : 0))
      .slice(0, CANDIDATES)
      .map(({ root: _r, polarity: _p, filed: _f, dateHi: _h, ...ref }) => ref);
  }

  insertEvent(e: NewEvent): Promise<EventRef> {
    const rowid = this.eventRowids[this.created.size];
    if (rowid === undefined) throw new Error('more new events than event numbers taken');
    // Undated events are filed under '' (the partition key is never NULL).
    this.created.set(rowid, { ...e, firstMention: 0 });
    this.eventDates.set(rowid, e.dateLo ?? '');
    const ref: EventRef = { ...e, rowid, mentions: 1 };
    this.cache.set(rowid, { ...ref, root: e.root, polarity: e.polarity, filed: e.dateLo ?? '', dateHi: e.dateHi });
    return Promise.resolve(ref);
  }

  replaceLeader(event: EventRef, e: NewEvent): Promise<void> {
    const to = e.dateLo ?? '';
    const made = this.created.get(event.rowid);
    if (made) this.created.set(event.rowid, { ...e, firstMention: made.firstMention });
    else this.leaders.set(event.rowid, { from: this.leaders.get(event.rowid)?.from ?? event.dateLo ?? '', fields: e });
    this.eventDates.set(event.rowid, to);
    const cached = this.cache.get(event.rowid);
    if (cached) {
      this.cache.set(event.rowid, {
        ...cached, source: e.source, target: e.target, sourceRoot: e.sourceRoot, targetRoot: e.targetRoot, cameo: e.cameo,
        goldstein: e.goldstein, quad: e.quad, dateLo: e.dateLo, filed: to, dateHi: e.dateHi, country: e.country, leader: e.leader,
      });
    }
    return Promise.resolve();
  }

  insertMention(mention: NewMention): Promise<number> {
    const rowid = this.mentionRowids[this.mentions.length];
    if (rowid === undefined) throw new Error('more reports than mention numbers taken');
    this.mentions.push({ ...mention, rowid });
    return Promise.resolve(rowid);
  }

  setFirstMention(event: EventRef, mention: number): Promise<void> {
    const made = this.created.get(event.rowid);
    if (made) made.firstMention = mention;
    else this.firstMentions.set(event.rowid, mention);
    return Promise.resolve();
  }

  recount(event: EventRef): Promise<void> {
    this.recounts.add(event.rowid);
    return Promise.resolve();
  }

  countPairMonth(month: string, sourceRoot: string, targetRoot: string, country: string, quad: number, events: number, mentions: number, goldstein: number): Promise<void> {
    const key = [month, sourceRoot, targetRoot, country, String(quad)];
    const id = key.join('\u0000');
    const at = this.pairMonths.get(id) ?? { key, events: 0, mentions: 0, goldstein: 0 };
    at.events += events;
    at.mentions += mentions;
    at.goldstein += goldstein;
    this.pairMonths.set(id, at);
    return Promise.resolve();
  }

  countRootMonth(month: string, sourceRoot: string, targetRoot: string, root: string, events: number): Promise<void> {
    const key = [month, sourceRoot, targetRoot, root];
    const id = key.join('\u0000');
    const at = this.rootMonths.get(id) ?? { key, events: 0 };
    at.events += events;
    this.rootMonths.set(id, at);
    return Promise.resolve();
  }

  countActor(ref: ActorRef, side: 'source' | 'target', delta: number): Promise<void> {
    // As the SQLite upsert: country and sector from the first report of the code.
    const at = this.actorCounts.get(ref.code) ?? { code: ref.code, country: ref.country, sector: ref.sector, asSource: 0, asTarget: 0 };
    if (side === 'source') at.asSource += delta;
    else at.asTarget += delta;
    this.actorCounts.set(ref.code, at);
    return Promise.resolve();
  }

  countNames(names: ReadonlyMap<string, ReadonlyMap<string, number>>): Promise<void> {
    for (const [code, counts] of names) {
      const at = this.names.get(code) ?? new Map<string, number>();
      for (const [name, n] of counts) at.set(name, (at.get(name) ?? 0) + n);
      this.names.set(code, at);
    }
    return Promise.resolve();
  }

  /** The day an event is filed under once this article is stored: every event merging touched was read or made here. */
  private dayOf(rowid: number): string {
    return this.eventDates.get(rowid) ?? this.cache.get(rowid)?.filed ?? '';
  }

  /** Sends what was kept, in the order the rows depend on each other: mentions before the counts read from them. */
  async flush(): Promise<void> {
    const id = this.articleId;
    if (this.sentences.length > 0) {
      const s = this.sentences;
      await this.run(
        `INSERT INTO sentences (article_id, idx, start, "end", text)
         SELECT ?, * FROM unnest(?::int[], ?::int[], ?::int[], ?::text[])`,
        id, s.map((x) => x.index), s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.text),
      );
    }
    if (this.created.size > 0) {
      const e = [...this.created].map(([rowid, x]) => ({ ...x, rowid }));
      await this.run(
        `INSERT INTO events (rowid, id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
           date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention, leader)
         SELECT r, i, s, t, sr, tr, c, rt, p, g, q, pol, dv, dp, dl, dh, co, 1, 1, b, fm, l
         FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::smallint[],
           ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::bigint[], ?::text[])
           AS u(r, i, s, t, sr, tr, c, rt, p, g, q, pol, dv, dp, dl, dh, co, b, fm, l)`,
        e.map((x) => x.rowid), e.map((x) => x.id), e.map((x) => x.source), e.map((x) => x.target), e.map((x) => x.sourceRoot),
        e.map((x) => x.targetRoot), e.map((x) => x.cameo), e.map((x) => x.root), e.map((x) => x.plover), e.map((x) => x.goldstein),
        e.map((x) => x.quad), e.map((x) => x.polarity), e.map((x) => x.dateValue), e.map((x) => x.datePrecision), e.map((x) => x.dateLo ?? ''),
        e.map((x) => x.dateHi), e.map((x) => x.country), e.map((x) => x.background), e.map((x) => x.firstMention), e.map((x) => x.leader),
      );
    }
    if (this.leaders.size > 0) {
      // A new first day moves the event to its month's partition, and its stored mentions with it (their key is its date).
      const l = [...this.leaders].map(([rowid, { from, fields }]) => ({ ...fields, rowid, from, to: fields.dateLo ?? '' }));
      await this.run(
        `UPDATE events e SET id = u.i, source = u.s, target = u.t, source_root = u.sr, target_root = u.tr, cameo = u.c, plover = u.p,
           goldstein = u.g, quad = u.q, date_value = u.dv, date_precision = u.dp, date_lo = u.dl, date_hi = u.dh, country = u.co, leader = u.l
         FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::smallint[],
           ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(r, f, i, s, t, sr, tr, c, p, g, q, dv, dp, dl, dh, co, l)
         WHERE e.rowid = u.r AND e.date_lo = u.f AND e.date_lo = ANY(?::text[])`,
        l.map((x) => x.rowid), l.map((x) => x.from), l.map((x) => x.id), l.map((x) => x.source), l.map((x) => x.target), l.map((x) => x.sourceRoot),
        l.map((x) => x.targetRoot), l.map((x) => x.cameo), l.map((x) => x.plover), l.map((x) => x.goldstein), l.map((x) => x.quad),
        l.map((x) => x.dateValue), l.map((x) => x.datePrecision), l.map((x) => x.to), l.map((x) => x.dateHi), l.map((x) => x.country),
        l.map((x) => x.leader), [...new Set(l.map((x) => x.from))],
      );
      const moved = l.filter((x) => x.to !== x.from);
      if (moved.length > 0) {
        await this.run(
          `UPDATE mentions m SET event_date = u.t FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u(r, f, t)
           WHERE m.event_rowid = u.r AND m.event_date = u.f`,
          moved.map((x) => x.rowid), moved.map((x) => x.from), moved.map((x) => x.to),
        );
      }
    }
    if (this.mentions.length > 0) {
      const m = this.mentions;
      await this.run(
        `INSERT INTO mentions (rowid, id, event_rowid, event_date, article_id, sentence_idx, background, record)
         SELECT r, i, e, d, ?, s, b, c FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::int[], ?::bool[], ?::text[]) AS u(r, i, e, d, s, b, c)`,
        id,
        m.map((x) => x.rowid), m.map((x) => x.id), m.map((x) => x.event.rowid), m.map((x) => this.dayOf(x.event.rowid)),
        m.map((x) => x.sentenceIdx), m.map((x) => x.background), m.map((x) => x.record),
      );
    }
    if (this.firstMentions.size > 0) {
      const f = [...this.firstMentions];
      // The days again as a plain list: a join alone leaves the planner every month partition to
      // plan (10 ms a statement at 136 of them); `= ANY(days)` prunes to the few the article touches.
      const days = f.map(([rowid]) => this.dayOf(rowid));
      await this.run(
        `UPDATE events e SET first_mention = u.m FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(r, d, m)
         WHERE e.rowid = u.r AND e.date_lo = u.d AND e.date_lo = ANY(?::text[])`,
        f.map(([r]) => r), days, f.map(([, m]) => m), [...new Set(days)],
      );
    }
    if (this.recounts.size > 0) {
      const r = [...this.recounts];
      const days = r.map((rowid) => this.dayOf(rowid));
      await this.run(
        `UPDATE events e SET (mentions, articles, background) =
           (SELECT count(*), count(DISTINCT m.article_id), bool_and(m.background) FROM mentions m WHERE m.event_rowid = e.rowid AND m.event_date = e.date_lo)
         FROM unnest(?::bigint[], ?::text[]) AS u(r, d) WHERE e.rowid = u.r AND e.date_lo = u.d AND e.date_lo = ANY(?::text[])`,
        r, days, [...new Set(days)],
      );
    }
    if (this.pairMonths.size > 0) {
      const p = [...this.pairMonths.values()].sort((a, b) => compareKeys(a.key, b.key));
      await this.run(
        `INSERT INTO pair_months AS p (month, source_root, target_root, country, quad, events, mentions, goldstein_sum)
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::smallint[], ?::bigint[], ?::bigint[], ?::float8[])
         ON CONFLICT (month, source_root, target_root, country, quad) DO UPDATE SET events = p.events + excluded.events,
           mentions = p.mentions + excluded.mentions, goldstein_sum = p.goldstein_sum + excluded.goldstein_sum`,
        ...[0, 1, 2, 3].map((i) => p.map((x) => x.key[i])), p.map((x) => Number(x.key[4])),
        p.map((x) => x.events), p.map((x) => x.mentions), p.map((x) => x.goldstein),
      );
      // As on SQLite: an event that moved away leaves no empty row behind.
      const left = p.filter((x) => x.events < 0);
      if (left.length > 0) {
        await this.run(
          `DELETE FROM pair_months p USING unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::smallint[]) AS u(m, s, t, c, q)
           WHERE p.month = u.m AND p.source_root = u.s AND p.target_root = u.t AND p.country = u.c AND p.quad = u.q AND p.events = 0 AND p.mentions = 0`,
          ...[0, 1, 2, 3].map((i) => left.map((x) => x.key[i])), left.map((x) => Number(x.key[4])),
        );
      }
    }
    // Rows left at 0 by an event that moved are kept (readers skip them): one statement per article.
    const roots = [...this.rootMonths.values()].filter((x) => x.events !== 0).sort((a, b) => compareKeys(a.key, b.key));
    if (roots.length > 0) {
      await this.run(
        `INSERT INTO root_months AS r (month, source_root, target_root, root, events)
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
         ON CONFLICT (month, source_root, target_root, root) DO UPDATE SET events = r.events + excluded.events`,
        ...[0, 1, 2, 3].map((i) => roots.map((x) => x.key[i])), roots.map((x) => x.events),
      );
    }
    if (this.actorCounts.size > 0) {
      const a = [...this.actorCounts.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
      await this.run(
        `INSERT INTO actors AS a (code, country, sector, as_source, as_target)
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
         ON CONFLICT (code) DO UPDATE SET as_source = a.as_source + excluded.as_source, as_target = a.as_target + excluded.as_target`,
        a.map((x) => x.code), a.map((x) => x.country), a.map((x) => x.sector), a.map((x) => x.asSource), a.map((x) => x.asTarget),
      );
    }
    if (this.names.size > 0) {
      const n = [...this.names].flatMap(([code, counts]) => [...counts].map(([name, reports]) => ({ code, name, reports })));
      n.sort((x, y) => compareKeys([x.code, x.name], [y.code, y.name]));
      await this.run(
        `INSERT INTO actor_names AS n (code, name, reports) SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[])
         ON CONFLICT (code, name) DO UPDATE SET reports = n.reports + excluded.reports`,
        n.map((x) => x.code), n.map((x) => x.name), n.map((x) => x.reports),
      );
      await this.run(
        `UPDATE actors a SET name = (SELECT n.name FROM actor_names n WHERE n.code = a.code ORDER BY n.reports DESC, n.name LIMIT 1)
         WHERE a.code = ANY(?::text[])`,
        [...new Set(n.map((x) => x.code))],
      );
    }
    if (this.quotes.length > 0) {
      const q = this.quotes;
      await this.run(
        `INSERT INTO quotes (article_id, speaker_text, speaker_code, text, start, "end")
         SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::int[])`,
        id, q.map((x) => x.speaker?.text ?? null), q.map((x) => x.speaker?.code ?? null), q.map((x) => x.text), q.map((x) => x.span[0]), q.map((x) => x.span[1]),
      );
    }
    if (this.quantities.length > 0) {
      const q = this.quantities;
      await this.run(
        `INSERT INTO quantities (article_id, value, unit, what, change, text, start, "end", date_value, date_precision)
         SELECT ?, * FROM unnest(?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[])`,
        id, q.map((x) => x.value), q.map((x) => x.unit), q.map((x) => x.what), q.map((x) => x.change), q.map((x) => x.text),
        q.map((x) => x.span[0]), q.map((x) => x.span[1]), q.map((x) => x.date?.value ?? null), q.map((x) => x.date?.precision ?? null),
      );
    }
  }
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Candidates read per report, as many as merging may look at. */
const CANDIDATES = 50;

type PrefetchRow = CandidateRow & { date_hi: string | null; root: string; polarity: string };
const PREFETCH_COLUMNS = 'rowid, source, target, cameo, date_lo, date_hi, root, polarity, source_root, target_root, country, quad, goldstein, mentions, leader';
// A date range never crosses a year, so an event ending on or after `lo` starts in lo's year or
// later: a lower bound on date_lo that prunes the partitions as the upper one does.
const CANDIDATE_WHERE = `((source = ? AND target = ?) OR (source = ? AND target = ?)) AND root = ? AND polarity = ?
  AND date_lo <= ? AND date_lo >= ? AND date_hi >= ?`;

function candidateParams(q: CandidateQuery): string[] {
  return [...q.pairs[0], ...q.pairs[1], q.root, q.polarity, q.hi, yearStart(q.lo), q.lo];
}

function queryKey(q: CandidateQuery): string {
  return JSON.stringify([q.pairs, q.root, q.polarity, q.lo, q.hi]);
}

function yearStart(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}
