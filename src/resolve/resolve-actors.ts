import type { ActorDictionary } from '../knowledge/types.js';
import type { AnnotatedArticle, ResolvedSentence } from '../types/index.js';
import { findAtoms } from './atoms.js';
import { composeMentions } from './compose.js';
import { Coreference } from './coreference.js';
import { isDiscardSentence } from './discard.js';

/**
 * The actors of each sentence, resolved to CAMEO codes, in article order so that later references
 * ("he", "the Belarusian leader", "the two countries") reach the actors named before them.
 *
 * A role phrase with no country ("officials", "the government", "protesters") takes the article's
 * country when the article has named exactly one country so far; otherwise its code is the sector
 * alone ("GOV") with country null, so the coder can tell it is unplaced. `date` (YYYY-MM-DD) picks
 * the office a named person held.
 */
export function resolveActors(doc: AnnotatedArticle, dict: ActorDictionary, date: string | null): ResolvedSentence[] {
  const body = doc.article.body;
  const coref = new Coreference();
  return doc.sentences.map((sentence) => {
    const atoms = findAtoms(sentence, body, dict, date);
    const { composed, places } = composeMentions(sentence, atoms, body, { soleCountry: coref.soleCountry() });
    const resolved = coref.resolve(sentence, composed, body);
    return {
      ...sentence,
      mentions: resolved.map((c) => c.mention),
      places,
      discard: isDiscardSentence(sentence),
    };
  });
}
