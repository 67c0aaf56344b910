import { isPlaced } from '../code/is-placed.js';
import type { ResolvedSentence } from '../types/index.js';

const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Quotation marks: "you" inside a quote is a speaker addressing someone, not the page its reader. */
const QUOTES = /["“”]/;
/** Titles of lists, rankings, guides and reviews: "Top 10 ...", "15 Best ...", "How to ...", "X vs. Y". */
const SERVICE_TITLE = /^(?:the\s+)?(?:top|best)\s+\d+\b|\b\d+\s+(?:best|top|ways|tips|things|reasons|steps|ideas|mistakes|myths|essays|brands)\b|\bhow to\b|\bguide\b|\breviews?\b|\bvs\.?\s|\bdefinition\b|\brecipes?\b|\btips\b|\bbest\b.*\b20\d\d\b|\bfor beginners\b|\bexplained\b|\bwhat is\b/i;

export interface DocumentRelevance {
  sentences: number;
  /** Share of sentences about games, markets or numbers (see isOffTopicSentence). */
  offTopic: number;
  /** Share of sentences that address the reader ("you", "your") outside quotations: how-to, product and advice pages. */
  reader: number;
  /** Share of sentences that name a placed actor: a country, an IGO, a named group (see isPlaced). */
  actors: number;
  /** The title is that of a list, ranking, guide or review. */
  serviceTitle: boolean;
}

/** The measures the document gate decides on. */
export function documentRelevance(title: string | null, sentences: readonly ResolvedSentence[]): DocumentRelevance {
  let offTopic = 0;
  let reader = 0;
  let actors = 0;
  for (const s of sentences) {
    if (s.discard === true) offTopic++;
    if (!QUOTES.test(s.text) && s.tokens.some((t) => READER.has(t.normal))) reader++;
    if (s.mentions.some((m) => m.via !== 'coreference' && isPlaced(m))) actors++;
  }
  const n = Math.max(1, sentences.length);
  return { sentences: sentences.length, offTopic: offTopic / n, reader: reader / n, actors: actors / n, serviceTitle: SERVICE_TITLE.test(title ?? '') };
}

/** Shares at or above which a document is not news about actors (measured: docs/benchmarks.md, "Actors and relevance"). */
export const OFF_TOPIC_SHARE = 0.2;
export const READER_SHARE = 0.2;
/** Below this share of sentences naming a placed actor, a list or guide page is no news about actors. */
export const SERVICE_ACTOR_SHARE = 0.25;
/** Fewer sentences than this are too few to judge a page by its voice (a wire brief, one sentence). */
const MIN_SENTENCES = 3;

/**
 * Is the whole document sport, markets, or a page that serves its reader (how-to, product, recipe,
 * ranking, review)? Such pages name countries, companies and officials in passing ("Japan has a lot
 * to offer", "the FBI recommends ..."), and none of it is an event. `sentences` are resolved, with
 * `discard` set for off-topic sentences.
 */
export function isOffTopicDocument(title: string | null, sentences: readonly ResolvedSentence[]): boolean {
  const r = documentRelevance(title, sentences);
  if (r.offTopic >= OFF_TOPIC_SHARE) return true;
  if (r.sentences < MIN_SENTENCES) return false;
  return r.reader >= READER_SHARE || (r.serviceTitle && r.actors < SERVICE_ACTOR_SHARE);
}
