import Database from 'better-sqlite3';
import { DyadError } from '../../errors.js';
import type { Article, CodedArticle, Event, Evidence, MergedEvent } from '../../types/index.js';
import type {
  ActorSummary,
  AddResult,
  ArticleHit,
  CountryCount,
  DyadPoint,
  EventFilter,
  EventStore,
  NetworkEdge,
  Period,
  StoredArticle,
} from '../event-store.js';
import { actorRoot, compatibleCodes, dateRange, isBackground, isSymmetric, modalityClass, widen } from '../merge-rules.js';
import { MIGRATIONS } from './migrations.js';

interface EventRow {
  rowid: number;
  id: string;
  cameo: string;
  mentions: number;
  articles: number;
  background: number;
  first_mention: number;
}

interface MentionRow {
  event_rowid: number;
  article_id: string;
  id: string;
  record: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

/** Opens (creating and migrating when needed) the SQLite store at `path`. */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('journal_mode = WAL');
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new DyadError('input', `${path}: not a Dyad store (not an SQLite database)`);
    throw new DyadError('input', `${path}: cannot open the store (${(err as Error).message})`);
  }
  return new SqliteStore(db, path, options.readonly ?? false);
}

/** A query word list for FTS5: words only, each quoted, so user text cannot break the syntax. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

export class SqliteStore implements EventStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    readonly: boolean,
  ) {
    // NORMAL is durable against process crashes in WAL mode and keeps one transaction per article cheap.
    if (!readonly) db.pragma('synchronous = NORMAL');
    this.migrate(readonly);
  }

  private migrate(readonly: boolean): void {
    let version: number;
    try {
      version = this.db.pragma('user_version', { simple: true }) as number;
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
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v] ?? '');
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  hasSource(sha256: string): boolean {
    return this.stmt('SELECT 1 FROM sources WHERE sha256 = ?').get(sha256) !== undefined;
  }

  addArticle(article: Article, coded: CodedArticle, input: string | null = null): AddResult {
    return this.db.transaction((): AddResult => {
      this.stmt('INSERT OR IGNORE INTO sources (sha256, article_id) VALUES (?, ?)').run(article.source.sha256, article.id);
      if (this.stmt('SELECT 1 FROM articles WHERE id = ?').get(article.id) !== undefined) return { status: 'unchanged' };
      const info = this.stmt(
        `INSERT INTO articles (id, url, title, subtitle, byline, published, language, site, images, body, paragraphs,
           source_kind, source_bytes, source_sha256, input, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        article.id,
        article.url,
        article.title,
        article.subtitle,
        JSON.stringify(article.byline),
        article.published,
        article.language,
        article.site ?? null,
        JSON.stringify(article.images),
        article.body,
        JSON.stringify(article.paragraphs),
        article.source.kind,
        article.source.bytes,
        article.source.sha256,
        input,
        new Date().toISOString(),
      );
      this.stmt('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(info.lastInsertRowid, article.title ?? '', article.body);
      const seen = new Set<number>();
      for (const event of coded.events) {
        if (!seen.has(event.sentence.index)) {
          seen.add(event.sentence.index);
          const s = this.stmt('INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)').run(
            article.id,
            event.sentence.index,
            event.sentence.start,
            event.sentence.end,
            event.sentence.text,
          );
          this.stmt('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)').run(s.lastInsertRowid, event.sentence.text);
        }
        this.addMention(article, event);
      }
      for (const q of coded.quotes) {
        this.stmt('INSERT INTO quotes (article_id, speaker_text, speaker_code, text, start, end) VALUES (?, ?, ?, ?, ?, ?)').run(
          article.id,
          q.speaker?.text ?? null,
          q.speaker?.code ?? null,
          q.text,
          q.span[0],
          q.span[1],
        );
      }
      for (const q of coded.quantities) {
        this.stmt(
          `INSERT INTO quantities (article_id, value, unit, what, change, text, start, end, date_value, date_precision)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(article.id, q.value, q.unit, q.what, q.change, q.text, q.span[0], q.span[1], q.date?.value ?? null, q.date?.precision ?? null);
      }
      return { status: 'added', events: coded.events.length };
    })();
  }

  /** Joins the report to a merged event it matches, or starts a new one. */
  private addMention(article: Article, event: Event): void {
    const source = event.source.code;
    const target = event.target?.code ?? '';
    // A meeting reported as "B met A" is the same event as "A met B"; directed events must match in order.
    const [otherSource, otherTarget] = isSymmetric(event.action.cameo) ? [target, source] : [source, target];
    const root = event.action.cameo.slice(0, 2);
    const polarity = modalityClass(event.modality);
    const range = dateRange(event.date);
    const background = isBackground(event.date, article.published) ? 1 : 0;
    let match: EventRow | undefined;
    if (range) {
      const [lo, hi] = widen(range);
      const candidates = this.stmt(
        `SELECT rowid, id, cameo, mentions, articles, background, first_mention FROM events
         WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND root = ? AND polarity = ? AND date_lo <= ? AND date_hi >= ?
         ORDER BY rowid LIMIT 50`,
      ).all(source, target, otherSource, otherTarget, root, polarity, hi, lo) as EventRow[];
      match = candidates.find((c) => compatibleCodes(c.cameo, event.action.cameo));
    }
    const mention = this.stmt(
      'INSERT INTO mentions (id, event_rowid, article_id, sentence_idx, background, record) VALUES (?, ?, ?, ?, ?, ?)',
    );
    if (match) {
      mention.run(event.id, match.rowid, article.id, event.sentence.index, background, JSON.stringify(event));
      const counts = this.stmt('SELECT count(*) AS n, count(DISTINCT article_id) AS a, min(background) AS b FROM mentions WHERE event_rowid = ?').get(
        match.rowid,
      ) as { n: number; a: number; b: number };
      this.stmt('UPDATE events SET mentions = ?, articles = ?, background = ? WHERE rowid = ?').run(counts.n, counts.a, counts.b, match.rowid);
      return;
    }
    const e = this.stmt(
      `INSERT INTO events (id, source, target, source_root, target_root, cameo, root, plover, goldstein, quad, polarity,
         date_value, date_precision, date_lo, date_hi, country, mentions, articles, background, first_mention)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 0)`,
    ).run(
      event.id,
      source,
      target,
      actorRoot(event.source),
      actorRoot(event.target),
      event.action.cameo,
      root,
      event.action.plover.event,
      event.action.goldstein,
      event.action.quad,
      polarity,
      event.date?.value ?? null,
      event.date?.precision ?? null,
      range?.[0] ?? null,
      range?.[1] ?? null,
      event.location?.country ?? event.target?.country ?? event.source.country,
      background,
    );
    const m = mention.run(event.id, e.lastInsertRowid, article.id, event.sentence.index, background, JSON.stringify(event));
    this.stmt('UPDATE events SET first_mention = ? WHERE rowid = ?').run(m.lastInsertRowid, e.lastInsertRowid);
    this.countActor(event.source, 'as_source');
    if (event.target) this.countActor(event.target, 'as_target');
  }

  private countActor(ref: { code: string; country: string | null; sector: string | null; entity: string | null; text: string }, column: 'as_source' | 'as_target'): void {
    this.stmt(
      `INSERT INTO actors (code, country, sector, name, ${column}) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (code) DO UPDATE SET ${column} = ${column} + 1, name = coalesce(name, excluded.name)`,
    ).run(ref.code, ref.country, ref.sector, ref.entity);
  }

  /** SQL conditions and parameters for a filter, over the events table aliased `e`. */
  private where(filter: EventFilter, directed?: [string, string]): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const side = (column: 'source' | 'target', code: string): string => {
      if (code.length === 3) {
        params.push(code);
        return `e.${column}_root = ?`;
      }
      params.push(code, `${code}\uffff`);
      return `(e.${column} >= ? AND e.${column} < ?)`;
    };
    if (filter.actor) clauses.push(`(${side('source', filter.actor)} OR ${side('target', filter.actor)})`);
    if (filter.dyad) {
      const [a, b] = filter.dyad;
      clauses.push(`((${side('source', a)} AND ${side('target', b)}) OR (${side('source', b)} AND ${side('target', a)}))`);
    }
    if (directed) clauses.push(`${side('source', directed[0])} AND ${side('target', directed[1])}`);
    if (filter.code) {
      params.push(filter.code, `${filter.code}\uffff`);
      clauses.push('(e.cameo >= ? AND e.cameo < ?)');
    }
    if (filter.plover) {
      params.push(filter.plover.toUpperCase());
      clauses.push('e.plover = ?');
    }
    if (filter.quad) {
      params.push(filter.quad);
      clauses.push('e.quad = ?');
    }
    if (filter.since) {
      params.push(filter.since);
      clauses.push('e.date_hi >= ?');
    }
    if (filter.until) {
      params.push(filter.until);
      clauses.push('e.date_lo <= ?');
    }
    if (filter.background === false) clauses.push('e.background = 0');
    if (filter.article) {
      params.push(filter.article);
      clauses.push('e.rowid IN (SELECT event_rowid FROM mentions WHERE article_id = ?)');
    }
    if (filter.q) {
      const q = ftsQuery(filter.q);
      if (q) {
        params.push(q);
        clauses.push(
          `e.rowid IN (SELECT m.event_rowid FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid
             JOIN mentions m ON m.article_id = s.article_id AND m.sentence_idx = s.idx WHERE sentences_fts MATCH ?)`,
        );
      }
    }
    return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  events(filter: EventFilter = {}): MergedEvent[] {
    const { sql, params } = this.where(filter);
    const rows = this.db
      .prepare(
        `SELECT e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention FROM events e ${sql}
         ORDER BY e.date_lo DESC, e.rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit ?? 100, filter.offset ?? 0) as EventRow[];
    return this.withEvidence(rows);
  }

  /** Every matching event in storage order, read in pages by rowid so that exports of millions stay flat in memory. */
  *eachEvent(filter: EventFilter = {}, pageSize = 1000): Generator<MergedEvent> {
    const { sql, params } = this.where(filter);
    const page = this.db.prepare(
      `SELECT e.rowid, e.id, e.cameo, e.mentions, e.articles, e.background, e.first_mention FROM events e
       ${sql ? `${sql} AND` : 'WHERE'} e.rowid > ? ORDER BY e.rowid LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all(...params, after, pageSize) as EventRow[];
      if (rows.length === 0) return;
      yield* this.withEvidence(rows);
      after = rows[rows.length - 1]?.rowid ?? after;
    }
  }

  private withEvidence(rows: EventRow[]): MergedEvent[] {
    if (rows.length === 0) return [];
    const mentions = this.db
      .prepare(
        `SELECT m.event_rowid, m.article_id, m.id, m.record, a.url, a.title, a.published FROM mentions m
         JOIN articles a ON a.id = m.article_id
         WHERE m.event_rowid IN (${rows.map(() => '?').join(',')}) ORDER BY m.rowid`,
      )
      .all(...rows.map((r) => r.rowid)) as MentionRow[];
    const byEvent = new Map<number, MentionRow[]>();
    for (const m of mentions) {
      const list = byEvent.get(m.event_rowid) ?? [];
      list.push(m);
      byEvent.set(m.event_rowid, list);
    }
    return rows.map((row) => {
      const list = byEvent.get(row.rowid) ?? [];
      const first = JSON.parse(list[0]?.record ?? 'null') as Event;
      const evidence: Evidence[] = list.map((m) => ({
        article: m.article_id,
        url: m.url,
        title: m.title,
        published: m.published,
        event: m.id,
        sentence: (JSON.parse(m.record) as Event).sentence,
      }));
      return { ...first, id: row.id, mentions: row.mentions, articles: row.articles, evidence, background: row.background === 1 };
    });
  }

  countEvents(filter: EventFilter = {}): number {
    const { sql, params } = this.where(filter);
    return (this.db.prepare(`SELECT count(*) AS n FROM events e ${sql}`).get(...params) as { n: number }).n;
  }

  dyad(a: string, b: string, by: Period, filter: EventFilter = {}): DyadPoint[] {
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
      const { sql, params } = this.where({ ...filter, dyad: undefined, actor: undefined }, [from, to]);
      const rows = this.db
        .prepare(
          `SELECT ${period} AS period, count(*) AS events, sum(e.mentions) AS mentions, sum(e.goldstein) AS gsum,
             sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4
           FROM events e ${sql} AND e.date_lo IS NOT NULL
           GROUP BY period ORDER BY period`,
        )
        .all(...params) as { period: string; events: number; mentions: number; gsum: number; q1: number; q2: number; q3: number; q4: number }[];
      for (const r of rows) {
        points.push({
          period: r.period,
          direction,
          events: r.events,
          mentions: r.mentions,
          goldsteinSum: round(r.gsum),
          goldsteinMean: round(r.gsum / r.events),
          quad: [r.q1, r.q2, r.q3, r.q4],
        });
      }
    }
    return points.sort((x, y) => x.period.localeCompare(y.period) || x.direction.localeCompare(y.direction));
  }

  actors(limit = 1000): ActorSummary[] {
    return (
      this.stmt(
        'SELECT code, country, sector, name, as_source, as_target FROM actors ORDER BY as_source + as_target DESC, code LIMIT ?',
      ).all(limit) as { code: string; country: string | null; sector: string | null; name: string | null; as_source: number; as_target: number }[]
    ).map((r) => ({ code: r.code, country: r.country, sector: r.sector, name: r.name, asSource: r.as_source, asTarget: r.as_target }));
  }

  network(filter: EventFilter = {}, limit = 200): NetworkEdge[] {
    const { sql, params } = this.where(filter);
    return (
      this.db
        .prepare(
          `SELECT e.source_root AS source, e.target_root AS target, count(*) AS events, avg(e.goldstein) AS g
           FROM events e ${sql ? `${sql} AND` : 'WHERE'} e.target_root != '' GROUP BY 1, 2 ORDER BY events DESC LIMIT ?`,
        )
        .all(...params, limit) as { source: string; target: string; events: number; g: number }[]
    ).map((r) => ({ source: r.source, target: r.target, events: r.events, goldsteinMean: round(r.g) }));
  }

  countries(filter: EventFilter = {}): CountryCount[] {
    const { sql, params } = this.where(filter);
    return (
      this.db
        .prepare(
          `SELECT e.country AS country, count(*) AS events, avg(e.goldstein) AS g FROM events e
           ${sql ? `${sql} AND` : 'WHERE'} e.country IS NOT NULL GROUP BY 1 ORDER BY events DESC`,
        )
        .all(...params) as { country: string; events: number; g: number }[]
    ).map((r) => ({ country: r.country, events: r.events, goldsteinMean: round(r.g) }));
  }

  search(query: string, limit = 20, offset = 0): ArticleHit[] {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.stmt(
      `SELECT a.id, a.title, a.url, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet,
         (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS events
       FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    ).all(q, limit, offset) as ArticleHit[];
  }

  article(id: string): StoredArticle | null {
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
        'SELECT m.record, e.id AS merged FROM mentions m JOIN events e ON e.rowid = m.event_rowid WHERE m.article_id = ? ORDER BY m.rowid',
      ).all(id) as { record: string; merged: string }[]
    ).map((r) => ({ ...(JSON.parse(r.record) as Event), merged: r.merged }));
    return { article, events };
  }

  stats(): { articles: number; events: number; mentions: number } {
    const count = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), events: count('events'), mentions: count('mentions') };
  }

  close(): void {
    this.db.close();
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
