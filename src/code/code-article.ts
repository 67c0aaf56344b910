import { annotate } from '../annotate/index.js';
import { defaultActorDictionary } from '../knowledge/actor-dictionary.js';
import type { ActorDictionary } from '../knowledge/types.js';
import { resolveActors } from '../resolve/index.js';
import type { Article, CodedArticle, EventLocation, ResolvedSentence } from '../types/index.js';
import { codeEvents } from './code-events.js';
import { MAX_CODED_TOKENS } from './patterns.js';

export interface CodeOptions {
  /** Publication date to resolve relative dates against when the article has none (YYYY-MM-DD). */
  published?: string | null;
  /** The actors to resolve names against; the built-in dictionary by default. */
  dictionary?: ActorDictionary;
}

let builtIn: ActorDictionary | null = null;

/** The first place the sentence names ("in St. Petersburg"); never a country's centre by default. */
function placeOf(s: ResolvedSentence): EventLocation | null {
  const place = s.places?.[0];
  return place ? { text: place.text, country: place.country, lat: null, lon: null } : null;
}

/** Article -> events, quotes and quantities. */
export function codeArticle(article: Article, options: CodeOptions = {}): CodedArticle {
  const published = article.published?.slice(0, 10) ?? options.published ?? null;
  if (article.language !== null && article.language !== 'en') return { events: [], quotes: [], quantities: [] };
  const dictionary = options.dictionary ?? (builtIn ??= defaultActorDictionary());
  const doc = annotate(article);
  // Run-on "sentences" are not coded, so they are not resolved either (it is slow on them).
  const codable = { ...doc, sentences: doc.sentences.filter((s) => s.tokens.length <= MAX_CODED_TOKENS) };
  const sentences = resolveActors(codable, dictionary, published).filter((s) => !s.discard);
  const events = codeEvents(sentences, { article, published, placeOf });
  return { events, quotes: [], quantities: [] };
}
