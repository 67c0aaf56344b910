import type { ActorRef, Article, CodedArticle, Event, EventSentence, Quantity, Quote } from '../types/index.js';
import type { AddResult } from './event-store.js';
import { packMention } from './mention-record.js';
import { actorRoot, compatibleCodes, filedRange, isBackground, isSymmetric, modalityClass, widen } from './merge-rules.js';

/** A stored merged event, as far as merging needs it. `dateLo` also names its month partition. */
export interface EventRef {
  rowid: number;
  cameo: string;
  dateLo: string | null;
  sourceRoot: string;
  targetRoot: string;
  country: string | null;
  quad: number;
}

/** Stored events a report may join: same actors (either pair), root, polarity, and a date range meeting [lo, hi]. */
export interface CandidateQuery {
  pairs: [[string, string], [string, string]];
  root: string;
  polarity: 'positive' | 'negated';
  lo: string;
  hi: string;
}

export interface NewEvent extends Omit<EventRef, 'rowid'> {
  id: string;
  source: string;
  target: string;
  root: string;
  plover: string | null;
  goldstein: number;
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
  /** Candidates in storage order (oldest first), at most 50. */
  candidates(query: CandidateQuery): Promise<EventRef[]>;
  insertEvent(event: NewEvent): Promise<EventRef>;
  insertMention(mention: NewMention): Promise<number>;
  setFirstMention(event: EventRef, mentionRowid: number): Promise<void>;
  /** Sets the event's mentions, articles and background from its stored mentions. */
  recount(event: EventRef): Promise<void>;
  /** Adds to the per-month totals of a pair, place and quad class (upsert). */
  countPairMonth(month: string, sourceRoot: string, targetRoot: string, country: string, quad: number, events: number, mentions: number, goldstein: number): Promise<void>;
  countActor(ref: ActorRef, side: 'source' | 'target'): Promise<void>;
}

/** Stores an article and joins each of its reports to the merged event it describes, or starts one. */
export async function mergeArticle(repo: ArticleRepository, article: Article, coded: CodedArticle, input: string | null): Promise<AddResult> {
  if (!(await repo.insertArticle(article, input))) return { status: 'unchanged' };
  const seen = new Set<number>();
  for (const event of coded.events) {
    if (!seen.has(event.sentence.index)) {
      seen.add(event.sentence.index);
      await repo.insertSentence(article.id, event.sentence);
    }
    await mergeReport(repo, article, event);
  }
  for (const q of coded.quotes) await repo.insertQuote(article.id, q);
  for (const q of coded.quantities) await repo.insertQuantity(article.id, q);
  return { status: 'added', events: coded.events.length };
}

async function mergeReport(repo: ArticleRepository, article: Article, event: Event): Promise<void> {
  const source = event.source.code;
  const target = event.target?.code ?? '';
  // A meeting reported as "B met A" is the same event as "A met B"; directed events must match in order.
  const other: [string, string] = isSymmetric(event.action.cameo) ? [target, source] : [source, target];
  const root = event.action.cameo.slice(0, 2);
  const polarity = modalityClass(event.modality);
  const range = filedRange(event.date, article.published);
  const background = isBackground(event.date, article.published);
  const mention = { id: event.id, articleId: article.id, sentenceIdx: event.sentence.index, background, record: packMention(event) };
  if (range) {
    const [lo, hi] = widen(range);
    const candidates = await repo.candidates({ pairs: [[source, target], other], root, polarity, lo, hi });
    const match = candidates.find((c) => compatibleCodes(c.cameo, event.action.cameo));
    if (match) {
      await repo.insertMention({ ...mention, event: match });
      await repo.recount(match);
      // Every report adds one mention to its event's month totals; only a new event adds an event.
      await repo.countPairMonth(match.dateLo?.slice(0, 7) ?? '', match.sourceRoot, match.targetRoot, match.country ?? '', match.quad, 0, 1, 0);
      return;
    }
  }
  const created = await repo.insertEvent({
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
  });
  await repo.setFirstMention(created, await repo.insertMention({ ...mention, event: created }));
  await repo.countPairMonth(created.dateLo?.slice(0, 7) ?? '', created.sourceRoot, created.targetRoot, created.country ?? '', created.quad, 1, 1, event.action.goldstein);
  await repo.countActor(event.source, 'source');
  if (event.target) await repo.countActor(event.target, 'target');
}
