/**
 * Titles and ranks written before a name: a sentence does not end after one ("Maj. Jones",
 * "Adm. Grady"), which wink-nlp's splitter does not always know.
 */
const TITLES = new Set([
  'adm', 'brig', 'capt', 'cmdr', 'col', 'cpl', 'dr', 'gen', 'gov', 'lt', 'maj', 'mr', 'mrs', 'ms', 'prof', 'pvt', 'rep',
  'rev', 'sen', 'sgt', 'sr', 'jr', 'st', 'supt', 'hon', 'amb', 'pres', 'atty', 'insp', 'det', 'fr', 'msgr', 'sec', 'gens',
  'reps', 'sens', 'mt', 'ft',
]);

const CLOSERS = new Set([')', ']', '"', "'", '\u201d', '\u2019']);

/**
 * Whether wink-nlp's sentence end at token i is an abbreviation's full stop instead: the token (or
 * the one before a closing bracket or quote) is an abbreviation such as "Maj." or "Mass." (wink
 * splits the stop off a sentence's last word, so "Maj" "." counts when nothing separates them), and
 * either it is a title or the next token starts in lower case ("(D-Mass.) said").
 */
export function sentenceContinues(values: readonly string[], spaces: readonly string[], i: number): boolean {
  const next = values[i + 1];
  if (next === undefined) return false;
  let j = i;
  while (j > 0 && CLOSERS.has(values[j]!)) j--;
  let token = values[j]!;
  if (token === '.' && j > 0 && spaces[j] === '') token = values[j - 1]! + '.';
  const m = /^(?:[A-Za-z]\.){2,}$|^([A-Za-z]{1,5})\.$/.exec(token);
  if (m === null) return false;
  if (j === i && m[1] !== undefined && TITLES.has(m[1].toLowerCase())) return true;
  return /^[a-z]/.test(next);
}
