/**
 * Character folding shared by the actor and role matchers. Matching folds one UTF-16 unit of the
 * text at a time (never the whole text), so match offsets stay offsets into the text as written.
 */

const foldCache = new Map<number, string>();
const wordCache = new Map<number, boolean>();

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);

/**
 * The folded form of one UTF-16 unit: lower case, without diacritics; curly apostrophes become "'",
 * dashes "-", any space " ". Combining marks fold to "" so "é" written as e + U+0301 still matches.
 * A few letters fold to two ("ß" -> "ss").
 */
export function foldCode(code: number): string {
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 9 || code === 10 || code === 13) return ' ';
    return String.fromCharCode(code);
  }
  let folded = foldCache.get(code);
  if (folded === undefined) {
    folded = foldSlow(code);
    foldCache.set(code, folded);
  }
  return folded;
}

function foldSlow(code: number): string {
  if (APOSTROPHES.has(code)) return "'";
  if (DASHES.has(code)) return '-';
  const ch = String.fromCharCode(code);
  if (/\s/u.test(ch)) return ' ';
  // Lone surrogates are kept as they are; names do not contain them.
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  const special = SPECIAL_LETTERS[ch.toLowerCase()];
  if (special !== undefined) return special;
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Letters, digits and combining marks: what a word is made of. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let word = wordCache.get(code);
  if (word === undefined) {
    const ch = String.fromCharCode(code);
    word = /[\p{L}\p{N}\p{M}]/u.test(ch) || (code >= 0xd800 && code <= 0xdfff);
    wordCache.set(code, word);
  }
  return word;
}

/** True when the unit is an upper-case letter (so that "US" and "Chad" can demand capitals). */
export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Folds a whole name: each unit folded, runs of spaces collapsed, trimmed. */
export function foldName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) out += foldCode(name.charCodeAt(i));
  return out.replace(/ +/g, ' ').trim();
}

/**
 * The lookup key of a name or of the text at `start`: the first word, folded; after a leading
 * "the", the article and the second word ("the west"), so that the many "the ..." names do not
 * share one bucket. Returns null when no word starts at `start`.
 */
export function readKey(text: string, start: number): string | null {
  const first = readWord(text, start);
  if (first === null) return null;
  if (first.word !== 'the') return first.word;
  let i = first.end;
  if (i >= text.length || foldCode(text.charCodeAt(i)) !== ' ') return first.word;
  while (i < text.length && foldCode(text.charCodeAt(i)) === ' ') i++;
  const second = readWord(text, i);
  return second === null ? first.word : `the ${second.word}`;
}

function readWord(text: string, start: number): { word: string; end: number } | null {
  // Fast path, called at every token by the dictionaries: an ASCII word folds by lower-casing,
  // one slice instead of a string built a character at a time.
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 128 || !isWordCode(code)) break;
    i++;
  }
  if (i >= text.length || !isWordCode(text.charCodeAt(i))) {
    return i === start ? null : { word: text.slice(start, i).toLowerCase(), end: i };
  }
  let word = text.slice(start, i).toLowerCase();
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) break;
    word += foldCode(code);
    i++;
  }
  return { word, end: i };
}
