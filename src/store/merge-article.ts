import type { ActorRef, Article, CodedArticle, Event, EventSentence, Quantity, Quote } from '../types/index.js';
import type { AddResult } from './event-store.js';
import { packMention } from './mention-record.js';
import { actorRoot, compatibleCodes, filedRange, isBackground, isSymmetric, modalityClass, widen } from './merge-rules.js';
import { reportKey } from './report-key.js';

/**
 * A stored merged event, as far as merging needs it: the fields it takes from its representative
 * report (`leader`, the key of its earliest report: report-key.ts). `dateLo` also names its month partition.
 */
export interface EventRef {
  rowid: number;
  source: string;
  target: string;
  cameo: string;
  dateLo: string | null;
  sourceRoot: string;
  targetRoot: string;
  country: string | null;
  quad: number;
  goldstein: number;
  mentions: number;
  leader: string;
}

/** An event row as both stores read candidates: PostgreSQL gives its bigint rowid as a string and files undated events under ''. */
export interface CandidateRow {
  rowid: number | string;
  source: string;
  target: string;
  cameo: string;
  date_lo: string | null;
  source_root: string;
  target_root: string;
  country: string | null;
  quad: number;
  goldstein: number;
  mentions: number;
  leader: string;
}

export function eventRef(r: CandidateRow): EventRef {
  return {
    rowid: Number(r.rowid), source: r.source, target: r.target, cameo: r.cameo, dateLo: r.date_lo || null, sourceRoot: r.source_root,
    targetRoot: r.target_root, country: r.country, quad: r.quad, goldstein: r.goldstein, mentions: r.mentions, leader: r.leader,
  };
}

/** Stored events a report may join: same actors (either pair), root, polarity, and a date range meeting [lo, hi]. */
export interface CandidateQuery {
  pairs: [[string, string], [string, string]];
  root: string;
  polarity: 'positive' | 'negated';
  lo: string;
  hi: string;
}

export interface NewEvent extends Omit<EventRef, 'rowid' | 'mentions'> {
  id: string;
  root: string;
  plover: string | null;
  polarity: 'positive' | 'negated';
  dateValue: string | null;
  datePrecision: string | null;
  dateHi: string | null;
  background: boolean;
}

export interface NewMention {
  id: string;
  event: EventRef;
  articleId: string;
  sentenceIdx: number;
  background: boolean;
  record: string;
}

/**
 * The writes a backend offers merging; each runs inside the transaction the backend opened around
 * `mergeArticle`. Backends decide how rows are laid out; this module decides what is merged.
 */
export interface ArticleRepository {
  /** Records the raw document as seen and stores the article (and its text index); false when its id is already stored. */
  insertArticle(article: Article, input: string | null): Promise<boolean>;
  insertSentence(articleId: string, sentence: EventSentence): Promise<void>;
  insertQuote(articleId: string, quote: Quote): Promise<void>;
  insertQuantity(articleId: string, quantity: Quantity): Promise<void>;
  /**
   * Told every report's candidate query before the first is asked, so that a backend paying a round
   * trip per query can read them all at once; its `candidates` must still see the article's own writes.
   */
  prefetchCandidates?(queries: CandidateQuery[]): Promise<void>;
  /** Candidates by their leader's key (earliest first), at most 50. */
  candidates(query: CandidateQuery): Promise<EventRef[]>;
  insertEvent(event: NewEvent): Promise<EventRef>;
  /**
   * Makes a report that sorts before the event's leader its new leader: the event takes the
   * report's id and fields. When its first day moves, its mentions are filed under the new one.
   */
  replaceLeader(event: EventRef, leader: NewEvent): Promise<void>;
  insertMention(mention: NewMention): Promise<number>;
  setFirstMention(event: EventRef, mentionRowid: number): Promise<void>;
  /** Sets the event's mentions, articles and background from its stored mentions. */
  recount(event: EventRef): Promise<void>;
  /** Adds to the per-month totals of a pair, place and quad class (upsert). */
  countPairMonth(month: string, sourceRoot: string, targetRoot: string, country: string, quad: number, events: number, mentions: number, goldstein: number): Promise<void>;
  /** Adds to the per-month events of a pair and CAMEO root (an actor's event types), where a store keeps them (PostgreSQL). */
  countRootMonth?(month: string, sourceRoot: string, targetRoot: string, root: string, events: number): Promise<void>;
  /** Adds `delta` (1, or -1 when an event's new leader has the actors the other way round) to an actor's events on one side. */
  countActor(ref: ActorRef, side: 'source' | 'target', delta: number): Promise<void>;
  /** Adds to the times each name was given for a code, and makes each code's name its most frequent one (ties: the least). */
  countNames(names: ReadonlyMap<string, ReadonlyMap<string, number>>): Promise<void>;
}

/** Stores an article and joins each of its reports to the merged event it describes, or starts one. */
export async function mergeArticle(repo: ArticleRepository, article: Article, coded: CodedArticle, input: string | null): Promise<AddResult> {
  if (!(await repo.insertArticle(article, input))) return { status: 'unchanged' };
  await repo.prefetchCandidates?.(coded.events.flatMap((e) => candidateQuery(article, e) ?? []));
  const seen = new Set<number>();
  // The events this article's reports joined, as they stand after each (the store may not show its own writes yet).
  const touched = new Map<number, EventRef>();
  const names = new Map<string, Map<string, number>>();
  for (const event of coded.events) {
    if (!seen.has(event.sentence.index)) {
      seen.add(event.sentence.index);
      await repo.insertSentence(article.id, event.sentence);
    }
    await mergeReport(repo, article, event, touched);
    for (const ref of [event.source, event.target]) {
      if (!ref?.entity) continue;
      const counts = names.get(ref.code) ?? new Map<string, number>();
      counts.set(ref.entity, (counts.get(ref.entity) ?? 0) + 1);
      names.set(ref.code, counts);
    }
  }
  if (names.size > 0) await repo.countNames(names);
  for (const q of coded.quotes) await repo.insertQuote(article.id, q);
  for (const q of coded.quantities) await repo.insertQuantity(article.id, q);
  return { status: 'added', events: coded.events.length };
}

/** What a report asks of the stored events it may join; null when it has no date to file it under (it never joins). */
function candidateQuery(article: Article, event: Event): CandidateQuery | null {
  const range = filedRange(event.date, article.published);
  if (!range) return null;
  const source = event.source.code;
  const target = event.target?.code ?? '';
  // A meeting reported as "B met A" is the same event as "A met B"; directed events must match in order.
  const other: [string, string] = isSymmetric(event.action.cameo) ? [target, source] : [source, target];
  const [lo, hi] = widen(range);
  return { pairs: [[source, target], other], root: event.action.cameo.slice(0, 2), polarity: modalityClass(event.modality), lo, hi };
}

async function mergeReport(repo: ArticleRepository, article: Article, event: Event, touched: Map<number, EventRef>): Promise<void> {
  const source = event.source.code;
  const target = event.target?.code ?? '';
  const root = event.action.cameo.slice(0, 2);
  const polarity = modalityClass(event.modality);
  const range = filedRange(event.date, article.published);
  const background = isBackground(event.date, article.published);
  const mention = { id: event.id, articleId: article.id, sentenceIdx: event.sentence.index, background, record: packMention(event) };
  const fields: NewEvent = {
    id: event.id,
    source,
    target,
    sourceRoot: actorRoot(event.source),
    targetRoot: actorRoot(event.target),
    cameo: event.action.cameo,
    root,
    plover: event.action.plover.event,
    goldstein: event.action.goldstein,
    quad: event.action.quad,
    polarity,
    dateValue: event.date?.value ?? null,
    datePrecision: event.date?.precision ?? null,
    dateLo: range?.[0] ?? null,
    dateHi: range?.[1] ?? null,
    country: event.location?.country ?? event.target?.country ?? event.source.country,
    background,
    leader: reportKey(article.published, article.id, event.sentence.index, event.id),
  };
  const query = candidateQuery(article, event);
  if (query) {
    const candidates = await repo.candidates(query);
    const found = candidates.find((c) => compatibleCodes((touched.get(c.rowid) ?? c).cameo, event.action.cameo));
    if (found) {
      const match = touched.get(found.rowid) ?? found;
      const leads = fields.leader < match.leader;
      const joined = leads ? await takeLead(repo, match, fields, event) : { ...match, mentions: match.mentions + 1 };
      // Every report adds one mention to its event's month totals; only a new event adds an event.
      if (!leads) await repo.countPairMonth(monthOf(match), match.sourceRoot, match.targetRoot, match.country ?? '', match.quad, 0, 1, 0);
      touched.set(joined.rowid, joined);
      const rowid = await repo.insertMention({ ...mention, event: joined });
      if (leads) await repo.setFirstMention(joined, rowid);
      await repo.recount(joined);
      return;
    }
  }
  const created = await repo.insertEvent(fields);
  touched.set(created.rowid, created);
  await repo.setFirstMention(created, await repo.insertMention({ ...mention, event: created }));
  await repo.countPairMonth(monthOf(created), created.sourceRoot, created.targetRoot, created.country ?? '', created.quad, 1, 1, event.action.goldstein);
  await repo.countRootMonth?.(monthOf(created), created.sourceRoot, created.targetRoot, root, 1);
  await repo.countActor(event.source, 'source', 1);
  if (event.target) await repo.countActor(event.target, 'target', 1);
}

function monthOf(event: EventRef): string {
  return event.dateLo?.slice(0, 7) ?? '';
}

/**
 * An event whose new report sorts before its leader: the report becomes the event's representative,
 * and the event's month totals and actor counts move from the old leader's fields to the new.
 */
async function takeLead(repo: ArticleRepository, match: EventRef, fields: NewEvent, event: Event): Promise<EventRef> {
  await repo.replaceLeader(match, fields);
  const led: EventRef = { ...fields, rowid: match.rowid, mentions: match.mentions + 1 };
  await repo.countPairMonth(monthOf(match), match.sourceRoot, match.targetRoot, match.country ?? '', match.quad, -1, -match.mentions, -match.goldstein);
  await repo.countPairMonth(monthOf(led), led.sourceRoot, led.targetRoot, led.country ?? '', led.quad, 1, led.mentions, led.goldstein);
  // Merged reports share their root: only the month and the pair can move.
  await repo.countRootMonth?.(monthOf(match), match.sourceRoot, match.targetRoot, fields.root, -1);
  await repo.countRootMonth?.(monthOf(led), led.sourceRoot, led.targetRoot, fields.root, 1);
  // Merged reports have the same actors, either way round for a meeting: only the sides can change.
  if (match.source !== led.source) {
    await repo.countActor({ ...event.source, code: match.source }, 'source', -1);
    await repo.countActor(event.source, 'source', 1);
    if (match.target) await repo.countActor({ ...event.source, code: match.target }, 'target', -1);
    if (event.target) await repo.countActor(event.target, 'target', 1);
  }
  return led;
}
