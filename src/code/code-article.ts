import { annotate } from '../annotate/index.js';
import { defaultActorDictionary } from '../knowledge/actor-dictionary.js';
import { resolvePlace } from '../knowledge/places.js';
import type { ActorDictionary } from '../knowledge/types.js';
import { resolveActors } from '../resolve/index.js';
import type { Article, CodedArticle, EventLocation, ResolvedSentence } from '../types/index.js';
import { codeEvents } from './code-events.js';
import { MAX_CODED_TOKENS } from './patterns.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';

export interface CodeOptions {
  /** Publication date to resolve relative dates against when the article has none (YYYY-MM-DD). */
  published?: string | null;
  /** The actors to resolve names against; the built-in dictionary by default. */
  dictionary?: ActorDictionary | undefined;
}

let builtIn: ActorDictionary | null = null;

/** The first place a sentence names ("in St. Petersburg"), placed with the article's countries as
 * hints; null when it names none: never a country's centre by default. */
function placeFinder(sentences: readonly ResolvedSentence[]): (s: ResolvedSentence) => EventLocation | null {
  // Gathered at the first place named: most articles' event sentences name none.
  let countries: string[] | null = null;
  return (s) => {
    const named = s.places?.[0];
    if (!named) return null;
    if (countries === null) {
      const seen = new Set<string>();
      for (const other of sentences) for (const m of other.mentions) if (m.country !== null) seen.add(m.country);
      countries = [...seen];
    }
    const place = resolvePlace(named.text, { countries });
    return place
      ? { text: named.text, country: place.country, lat: place.lat, lon: place.lon }
      : { text: named.text, country: named.country, lat: null, lon: null };
  };
}

/** Article -> events, quotes and quantities. */
export function codeArticle(article: Article, options: CodeOptions = {}): CodedArticle {
  const published = article.published?.slice(0, 10) ?? options.published ?? null;
  if (article.language !== null && article.language !== 'en') return { events: [], quotes: [], quantities: [] };
  const dictionary = options.dictionary ?? (builtIn ??= defaultActorDictionary());
  const doc = annotate(article);
  // Run-on "sentences" are not coded, so they are not resolved either (it is slow on them).
  const codable = { article: doc.article, sentences: doc.sentences.filter((s) => s.tokens.length <= MAX_CODED_TOKENS) };
  const sentences = resolveActors(codable, dictionary, published).filter((s) => !s.discard);
  return {
    events: codeEvents(sentences, { article, published, placeOf: placeFinder(sentences) }),
    quotes: findQuotes(sentences, article),
    quantities: findQuantities(sentences, article, published),
  };
}
