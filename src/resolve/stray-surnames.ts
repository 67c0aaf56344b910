import type { Sentence } from '../types/index.js';
import type { Atom } from './atoms.js';

/** Courtesy titles and calendar words: capitalised words before a surname that are no given name. */
const NOT_GIVEN_NAMES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'mme', 'mme.', 'lord', 'lady',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A person matched by one word only: a surname ("Castro", "Harris"), which many people share. */
function isLoneSurname(a: Atom, tokens: Sentence['tokens']): boolean {
  if (a.kind !== 'actor' || a.entry.kind !== 'person') return false;
  const first = tokens[a.i]?.normal === 'the' ? a.i + 1 : a.i;
  return a.j - first === 1;
}

/**
 * The countries an article names through its countries, capitals, seats, demonyms, placed groups
 * and people named in full: the context against which a lone surname is read.
 */
export function countriesNamed(sentences: readonly Sentence[], atoms: readonly (readonly Atom[])[]): Set<string> {
  const out = new Set<string>();
  for (const [s, found] of atoms.entries()) {
    const tokens = sentences[s]?.tokens ?? [];
    for (const a of found) {
      if (a.kind !== 'actor' || isLoneSurname(a, tokens)) continue;
      const country = a.entry.country;
      if (country !== null) out.add(country);
    }
  }
  return out;
}

export interface SurnameContext {
  /** Countries the whole article names (countriesNamed); null for a lone sentence, which gives no context. */
  named: ReadonlySet<string> | null;
  /** The person an earlier full name in the article gave this surname, if any. */
  earlier(surname: string): string | null;
}

/**
 * Whether a lone surname the dictionary knows is someone else: "Roel Castro" is not Raúl Castro,
 * "Kamala Harris" not Timothy Harris, and "Moore" in a story about American protests not an
 * Australian minister of the 1990s. A surname stands for the dictionary's person only when
 * 1. no unknown given name precedes it (then the whole name is another person),
 * 2. the article has not named someone else in full with that surname (then it is that person),
 * 3. the person holds an office on the article's date (a sitting leader is known by surname
 *    alone: "Ruto met Macron"), or was in office once and the article names their country.
 */
export function isStraySurname(a: Atom, sentence: Sentence, atoms: readonly Atom[], context: SurnameContext): boolean {
  if (a.kind !== 'actor' || !isLoneSurname(a, sentence.tokens)) return false;
  const at = a.j - 1;
  const before = sentence.tokens[at - 1];
  // A capitalised word that no table knows; at the start of a sentence only a proper noun ("When Putin").
  const givenName = before !== undefined && /^\p{Lu}\p{Ll}/u.test(before.text) && (at - 1 > 0 || before.pos === 'PROPN')
    && !NOT_GIVEN_NAMES.has(before.normal) && !atoms.some((o) => o.i <= at - 1 && at - 1 < o.j);
  if (givenName) return true;
  const surname = sentence.tokens[at]?.text ?? '';
  const earlier = context.earlier(surname);
  if (earlier !== null && earlier !== a.entry.entity) return true;
  if (context.named === null || a.entry.sector !== 'ELI' || a.entry.country === null || earlier !== null) return false;
  return !context.named.has(a.entry.country);
}
