import { US_STATES } from '../knowledge/place-names.js';
import type { Token } from '../types/index.js';
import type { Composed } from './compose.js';

/** The states by name as news writes them ("New York", not the gazetteer's "New York State"). */
const STATES = new Set(Object.keys(US_STATES).map((n) => n.replace(/ State$/, '')));
/** Georgia and Washington are names the dictionary reads first (a country, the capital). */
const LONGEST_STATE = 2;

/**
 * The end of a party-and-state tag starting at token k ("D-Calif.", "R-Ky.", "I-Vt.", "D-N.J."),
 * which follows the name of a member of Congress; -1 if there is none.
 */
export function partyTagEnd(tokens: readonly Token[], k: number): number {
  const party = tokens[k]?.text;
  if (party !== 'D' && party !== 'R' && party !== 'I') return -1;
  if (tokens[k + 1]?.text !== '-') return -1;
  let j = k + 2;
  const state = tokens[j]?.text ?? '';
  if (!/^(?:\p{Lu}\p{Ll}{1,4}|\p{Lu}{2}|\p{Lu}\.\p{Lu}\.?)$/u.test(state)) return -1;
  j++;
  if (tokens[j]?.text === '.') j++;
  return j;
}

/** The party-and-state tags and the US state names of a sentence, as token ranges [i, j). */
export function usPoliticalTokens(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tag = partyTagEnd(tokens, k);
    if (tag > 0) {
      out.push([k, tag]);
      k = tag - 1;
      continue;
    }
    const state = stateEnd(tokens, k);
    if (state > 0) {
      out.push([k, state]);
      k = state - 1;
    }
  }
  return out;
}

function stateEnd(tokens: readonly Token[], k: number): number {
  for (let n = LONGEST_STATE; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    if (words.length === n && STATES.has(words.map((t) => t.text).join(' '))) return k + n;
  }
  return -1;
}

/**
 * An actor of US politics known by its context: a name followed by a party-and-state tag ("Sen.
 * Kamala Harris, D-Calif.", "Jody Hice (R-Ga.)") is a member of Congress (USALEG unless a title
 * said otherwise); a role after a state's name ("Maine Sen. Susan Collins", "Ohio Gov.") is
 * American. Only mentions with no country yet change.
 */
export function withUsContext(composed: readonly Composed[], tokens: readonly Token[]): Composed[] {
  return composed.map((c) => {
    const m = c.mention;
    if (m.country !== null) return c;
    const [i, j] = m.tokens;
    let after = j;
    if (tokens[after]?.text === '(' || tokens[after]?.text === ',') after++;
    const tagged = partyTagEnd(tokens, after) > 0;
    const afterState = i > 0 && STATES.has(tokens[i - 1]?.text ?? '') && m.sector !== null;
    if (!tagged && !afterState) return c;
    const sector = m.sector ?? 'LEG';
    return { ...c, mention: { ...m, country: 'USA', sector, code: `USA${sector}` } };
  });
}
