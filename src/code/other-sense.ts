import type { Token } from '../types/index.js';
import { SPEECH_VERBS } from './english.js';
import type { LexEntry } from './lexicon/index.js';

/**
 * Constructions that give a trigger word a sense that is no event, read from the words around it:
 * a naming participle ("a man called Zelenskyy") and a verb that needs a complement standing alone
 * ("Biden evidently agrees.").
 */
export function otherSense(entry: LexEntry, tokens: readonly Token[], head: number, last: number): boolean {
  if (entry.naming === true && namesNoun(tokens, head)) return true;
  return entry.complement === true && endsClause(tokens, last + 1);
}

/**
 * "a man called Zelenskyy", "a party called Alternative for Germany", "the so-called Islamic State":
 * a participle that names the noun before it. The parser reads it as a clause modifying the noun;
 * when it does not, the noun phrase cannot be the subject of "called" if a preposition or another
 * verb governs it ("heard from a man called X", "met a woman called Y"), nor if a verb follows the
 * name ("a group called Hamas attacked Israel").
 */
function namesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (t === undefined || before === undefined || !t.normal.endsWith('ed')) return false;
  if (before.text === '-' && tokens[i - 2]?.normal === 'so') return true;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  if (t.rel === 'acl' && t.head >= 0 && t.head < i) return true;
  if (before.pos !== 'NOUN' || !/^\p{Ll}/u.test(before.text)) return false;
  let j = i + 1;
  while (tokens[j]?.pos === 'PROPN') j++;
  const after = tokens[j];
  if (j > i + 1 && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  let g = i - 1;
  while (g >= 0 && NOUN_PHRASE_POS.has(tokens[g]?.pos ?? '')) g--;
  const governor = tokens[g];
  if (governor === undefined) return false;
  return governor.pos === 'ADP' || (governor.pos === 'VERB' && !SPEECH_VERBS.has(governor.lemma.toLowerCase()));
}

/** Words of a noun phrase before its head noun ("a new political party"). */
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'DET', 'NUM']);

/** Nothing of the clause follows but adverbs: "Biden evidently agrees.", "..., and Iran agreed, too". */
function endsClause(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  return t === undefined || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(');
}
