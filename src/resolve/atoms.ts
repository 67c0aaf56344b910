import type { ActorDictionary, ActorEntry } from '../knowledge/types.js';
import type { Sentence } from '../types/index.js';

/** A dictionary hit in a sentence: an actor name or a role phrase, over tokens [i, j). */
export type Atom =
  | { kind: 'actor'; i: number; j: number; start: number; end: number; entry: ActorEntry }
  | { kind: 'role'; i: number; j: number; start: number; end: number; sector: string; text: string };

/**
 * "counterpart" takes the sector of the other side ("Putin met his Belarusian counterpart"), so it
 * is a role the resolver knows itself; SAME marks it until the other side is known.
 */
export const SAME_SECTOR = '=';
const NO_START = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'DET', 'NUM', 'PUNCT', 'SYM', 'SPACE', 'INTJ']);
const LOCAL_ROLES: ReadonlyMap<string, string> = new Map([
  ['counterpart', SAME_SECTOR],
  ['counterparts', SAME_SECTOR],
]);

/**
 * The actor names and role phrases of a sentence, left to right, without overlaps. At each token
 * the longer of the actor and the role match wins (an actor on a tie). Inside hyphenated tokens
 * ("Belarus-Russia", "US-led") each part is tried too.
 */
export function findAtoms(sentence: Sentence, body: string, dict: ActorDictionary, date: string | null): Atom[] {
  const tokens = sentence.tokens;
  const atoms: Atom[] = [];
  let coveredTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.start < coveredTo) continue;
    // Punctuation, digits and function words start no name ("the" does: "the Kremlin"); skipping
    // them saves about half the dictionary lookups.
    if (!isLetter(tok.text.charCodeAt(0)) || (NO_START.has(tok.pos) && tok.normal !== 'the')) continue;
    const atom = atomAt(tokens, i, tok.start, body, dict, date);
    if (atom !== null) {
      atoms.push(atom);
      coveredTo = atom.end;
      i = atom.j - 1;
      continue;
    }
    if (tok.text.length > 2 && /[-/‐‑–]/.test(tok.text)) {
      for (let k = 1; k < tok.text.length - 1; k++) {
        const c = tok.text.charAt(k - 1);
        if (!/[-/‐‑–]/.test(c)) continue;
        const inner = atomAt(tokens, i, tok.start + k, body, dict, date);
        if (inner !== null && inner.j === i + 1) {
          atoms.push(inner);
          k = inner.end - tok.start;
        }
      }
    }
  }
  return atoms;
}

function atomAt(
  tokens: Sentence['tokens'],
  i: number,
  start: number,
  body: string,
  dict: ActorDictionary,
  date: string | null,
): Atom | null {
  const actor = dict.matchAt(body, start, date);
  let role = dict.matchRoleAt(body, start);
  const tok = tokens[i];
  if (role === null && tok !== undefined && tok.start === start) {
    const local = LOCAL_ROLES.get(tok.normal);
    if (local !== undefined) role = { start, end: tok.end, sector: local, text: tok.text };
  }
  const sentenceEnd = tokens[tokens.length - 1]?.end ?? start;
  if (actor !== null && actor.entry.kind === 'country' && isGivenName(tokens, i, body.slice(start, actor.end), body, dict, date)) return null;
  if (actor !== null && actor.end > start && actor.end <= sentenceEnd && (role === null || actor.end >= role.end)) {
    return { kind: 'actor', i, j: tokenEnd(tokens, i, actor.end), start, end: actor.end, entry: actor.entry };
  }
  if (role !== null && role.end > start && role.end <= sentenceEnd) {
    return { kind: 'role', i, j: tokenEnd(tokens, i, role.end), start, end: role.end, sector: role.sector, text: role.text };
  }
  return null;
}

/** Country names that are also common given names. */
const GIVEN_NAME_COUNTRIES = new Set(['Chad', 'Jordan', 'India', 'Kenya', 'Israel', 'Georgia', 'Jamaica', 'Chile']);

/**
 * "Chad Hull, 37, was arrested", "Jordan Peterson said": a country name that is also a given name,
 * right before a capitalised word that names no actor or role, is a person's first name. "Chad
 * President Idriss Deby" and "Jordan's King" keep the country.
 */
function isGivenName(tokens: Sentence['tokens'], i: number, name: string, body: string, dict: ActorDictionary, date: string | null): boolean {
  if (!GIVEN_NAME_COUNTRIES.has(name)) return false;
  const next = tokens[i + 1];
  if (next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || next.start !== (tokens[i]?.end ?? 0) + 1) return false;
  return dict.matchAt(body, next.start, date) === null && dict.matchRoleAt(body, next.start) === null;
}

/** The index after the last token that the offset `end` reaches into. */
function tokenEnd(tokens: Sentence['tokens'], i: number, end: number): number {
  let j = i;
  while (j < tokens.length && (tokens[j]?.start ?? Infinity) < end) j++;
  return Math.max(j, i + 1);
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff);
}
