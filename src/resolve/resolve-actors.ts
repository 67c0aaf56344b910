import type { ActorDictionary } from '../knowledge/types.js';
import { isOffTopicSentence } from '../relevance/is-off-topic-sentence.js';
import type { AnnotatedArticle, ResolvedSentence } from '../types/index.js';
import { findAtoms } from './atoms.js';
import { composeMentions } from './compose.js';
import { Coreference } from './coreference.js';
import { withStoryCountry } from './story-country.js';
import { countriesNamed, isStraySurname, type SurnameContext } from './stray-surnames.js';
import { unknownNames } from './unknown-names.js';
import { usPoliticalTokens, withUsContext } from './us-politics.js';

/**
 * The actors of each sentence, resolved to CAMEO codes, in article order so that later references
 * ("he", "the Belarusian leader", "the two countries") reach the actors named before them.
 *
 * A role phrase with no country ("officials", "the government", "protesters") takes the country of
 * its story (see withStoryCountry); otherwise its code is the sector alone ("GOV") with country
 * null, so the coder can tell it is unplaced. `date` (YYYY-MM-DD) picks the office a named person
 * held.
 */
export function resolveActors(doc: AnnotatedArticle, dict: ActorDictionary, date: string | null): ResolvedSentence[] {
  const body = doc.article.body;
  const coref = new Coreference();
  const atomsOf = doc.sentences.map((sentence) => findAtoms(sentence, body, dict, date));
  const context: SurnameContext = {
    named: doc.sentences.length > 1 ? countriesNamed(doc.sentences, atomsOf) : null,
    earlier: (surname) => coref.surnameEntity(surname),
  };
  return withStoryCountry(doc.sentences.map((sentence, s) => {
    const found = atomsOf[s] ?? [];
    const atoms = found.filter((a) => !isStraySurname(a, sentence, found, context));
    const { composed, places } = composeMentions(sentence, atoms, body);
    const names = unknownNames(sentence.tokens, [...composed.map((c) => c.mention.tokens), ...places.map((p) => p.tokens),
      ...atoms.map((a): [number, number] => [a.i, a.j]), ...usPoliticalTokens(sentence.tokens)], body)
      .filter((n) => !(n.mention.tokens[1] - n.mention.tokens[0] <= 3 && coref.knowsSurname(n.mention.text)));
    const all = withUsContext([...composed, ...names], sentence.tokens).sort((a, b) => a.mention.tokens[0] - b.mention.tokens[0]);
    const resolved = coref.resolve(sentence, all, body);
    // Spelt out rather than spread (same keys, same order): the spread was a hot spot.
    return {
      index: sentence.index,
      paragraph: sentence.paragraph,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      tokens: sentence.tokens,
      mentions: resolved.map((c) => c.mention),
      places,
      discard: isOffTopicSentence(sentence),
    };
  }));
}
