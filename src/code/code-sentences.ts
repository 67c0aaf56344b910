import { resolvePlace } from '../knowledge/places.js';
import { isOffTopicDocument } from '../relevance/is-off-topic-document.js';
import type { Article, CodedArticle, EventLocation, ResolvedSentence } from '../types/index.js';
import type { ArgumentFinder } from './argument-finder.js';
import { codeEvents } from './code-events.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';

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
    const place = resolvePlace(named.text, { countries, foreignStrict: true });
    return place
      ? { text: named.text, country: place.country, lat: place.lat, lon: place.lon }
      : { text: named.text, country: named.country, lat: null, lon: null };
  };
}

/** Resolved sentences -> events, quotes and quantities. */
export function codeSentences(resolved: readonly ResolvedSentence[], article: Article, published: string | null, finder?: ArgumentFinder): CodedArticle {
  // Sports and entertainment lines name actors but report nothing about them.
  const sentences = resolved.filter((s) => !s.discard);
  // A page about games, markets or one that serves its reader reports no events, whatever it names.
  const relevant = !isOffTopicDocument(article.title, resolved);
  return {
    events: relevant
      ? codeEvents(sentences, finder ? { article, published, placeOf: placeFinder(sentences), finder } : { article, published, placeOf: placeFinder(sentences) })
      : [],
    quotes: findQuotes(sentences, article),
    quantities: findQuantities(sentences, article, published),
  };
}
