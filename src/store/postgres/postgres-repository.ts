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

/**
 * Merging's writes for one article, inside its transaction. Only what merging reads back goes to
 * the server at once (candidates, new events); the rest is kept and sent in a few statements at
 * `flush`: a round trip per row made an article of 20 reports cost 160 of them. Totals are summed
 * per row and written in key order, so that two articles' transactions take their row locks in the
 * same order.
 */
export class PostgresRepository implements ArticleRepository {
  private readonly sentences: EventSentence[] = [];
  private readonly quotes: Quote[] = [];
  private readonly quantities: Quantity[] = [];
  private readonly mentions: (NewMention & { rowid: number })[] = [];
  private readonly firstMentions = new Map<number, { date: string; mention: number }>();
  private readonly recounts = new Map<number, string>();
  private readonly pairMonths = new Map<string, PairMonth>();
  private readonly actorCounts = new Map<string, ActorCount>();
  private readonly names = new Map<string, Map<string, number>>();
  /** The first day of each event whose leader this article replaced: where its mentions are filed. */
  private readonly eventDates = new Map<number, string>();
  private articleId = '';

  /** `mentionRowids`: numbers taken from the mentions sequence beforehand, one per report. */
  constructor(
    private readonly client: pg.PoolClient,
    private readonly mentionRowids: number[],
  ) {}

  private async run<T extends pg.QueryResultRow>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.client.query<T>(numbered(sql), params)).rows;
  }

  async insertArticle(article: Article, input: string | null): Promise<boolean> {
    this.articleId = article.id;
    await this.run('INSERT INTO sources (sha256, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING', article.source.sha256, article.id);
    // A second writer of the same article waits here for the first to commit, then inserts nothing.
    const rows = await this.run(
      `INSERT INTO articles (${ARTICLE_COLUMNS})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING rowid`,
      ...articleValues(article, input),
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

  async candidates({ pairs, root, polarity, lo, hi }: CandidateQuery): Promise<EventRef[]> {
    // A date range never crosses a year, so an event ending on or after `lo` starts in lo's year or
    // later: a lower bound on date_lo that prunes the partitions as the upper one does.
    const rows = await this.run<CandidateRow>(
      `SELECT rowid, source, target, cameo, date_lo, source_root, target_root, country, quad, goldstein, mentions, leader FROM events
       WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND root = ? AND polarity = ?
         AND date_lo <= ? AND date_lo >= ? AND date_hi >= ?
       ORDER BY leader LIMIT 50`,
      ...pairs[0],
      ...pairs[1],
      root,
      polarity,
      hi,
      `${lo.slice(0, 4)}-01-01`,
      lo,
    );
    return rows.map(eventRef);
  }

  async insertEvent(e: NewEvent): Promise<EventRef> {
    // Undated events are filed under '' (the partition key is never NULL).
    const [row] = await this.run<{ rowid: number }>(
      `INSERT INTO events (id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
         date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention, leader)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 0, ?) RETURNING rowid`,
      e.id, e.source, e.target, e.sourceRoot, e.targetRoot, e.cameo, e.root, e.plover, e.goldstein, e.quad, e.polarity,
      e.dateValue, e.datePrecision, e.dateLo ?? '', e.dateHi, e.country, e.background, e.leader,
    );
    if (!row) throw new Error('PostgreSQL returned no row for an inserted event');
    return { ...e, rowid: Number(row.rowid), mentions: 1 };
  }

  async replaceLeader(event: EventRef, e: NewEvent): Promise<void> {
    // Sent at once: the next report's candidates must see the event as it now is. A new first day
    // moves the event to its month's partition, and its stored mentions with it (their key is its date).
    const from = this.eventDates.get(event.rowid) ?? event.dateLo ?? '';
    const to = e.dateLo ?? '';
    await this.run(
      `UPDATE events SET id = ?, source = ?, target = ?, source_root = ?, target_root = ?, cameo = ?, plover = ?, goldstein = ?, quad = ?,
         date_value = ?, date_precision = ?, date_lo = ?, date_hi = ?, country = ?, leader = ? WHERE rowid = ? AND date_lo = ?`,
      e.id, e.source, e.target, e.sourceRoot, e.targetRoot, e.cameo, e.plover, e.goldstein, e.quad,
      e.dateValue, e.datePrecision, to, e.dateHi, e.country, e.leader, event.rowid, from,
    );
    if (to !== from) await this.run('UPDATE mentions SET event_date = ? WHERE event_rowid = ? AND event_date = ?', to, event.rowid, from);
    this.eventDates.set(event.rowid, to);
  }

  insertMention(mention: NewMention): Promise<number> {
    const rowid = this.mentionRowids[this.mentions.length];
    if (rowid === undefined) throw new Error('more reports than mention numbers taken');
    this.mentions.push({ ...mention, rowid });
    return Promise.resolve(rowid);
  }

  setFirstMention(event: EventRef, mention: number): Promise<void> {
    this.firstMentions.set(event.rowid, { date: event.dateLo ?? '', mention });
    return Promise.resolve();
  }

  recount(event: EventRef): Promise<void> {
    this.recounts.set(event.rowid, event.dateLo ?? '');
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
    if (this.mentions.length > 0) {
      const m = this.mentions;
      await this.run(
        `INSERT INTO mentions (rowid, id, event_rowid, event_date, article_id, sentence_idx, background, record)
         SELECT r, i, e, d, ?, s, b, c FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::int[], ?::bool[], ?::text[]) AS u(r, i, e, d, s, b, c)`,
        id,
        m.map((x) => x.rowid), m.map((x) => x.id), m.map((x) => x.event.rowid), m.map((x) => this.eventDates.get(x.event.rowid) ?? x.event.dateLo ?? ''),
        m.map((x) => x.sentenceIdx), m.map((x) => x.background), m.map((x) => x.record),
      );
    }
    if (this.firstMentions.size > 0) {
      const f = [...this.firstMentions];
      await this.run(
        `UPDATE events e SET first_mention = u.m FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(r, d, m)
         WHERE e.rowid = u.r AND e.date_lo = u.d`,
        f.map(([r]) => r), f.map(([, v]) => v.date), f.map(([, v]) => v.mention),
      );
    }
    if (this.recounts.size > 0) {
      const r = [...this.recounts];
      await this.run(
        `UPDATE events e SET (mentions, articles, background) =
           (SELECT count(*), count(DISTINCT m.article_id), bool_and(m.background) FROM mentions m WHERE m.event_rowid = e.rowid AND m.event_date = e.date_lo)
         FROM unnest(?::bigint[], ?::text[]) AS u(r, d) WHERE e.rowid = u.r AND e.date_lo = u.d`,
        r.map(([rowid]) => rowid), r.map(([, date]) => date),
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
