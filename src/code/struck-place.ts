import { findPlaceAt } from '../knowledge/places.js';
import type { PlaceMention } from '../types/index.js';
import type { SentenceView } from './pick-actors.js';

/** Assaults and fighting, whose struck place is its country attacked ("shelled Kharkiv", "strikes on Kharkiv"). */
export function isViolent(code: string): boolean {
  return code.startsWith('18') || code.startsWith('19') || code.startsWith('20');
}

const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'port', 'region', 'province']);

/**
 * The place a violent act strikes: a gazetteer place as its object or after "on"/"against"
 * ("shelled the city of Kharkiv", "missile strikes on Odesa"). Read from the text, since a city that
 * names no actor is no place mention unless a place preposition stood before it.
 */
export function struckPlace(v: SentenceView, last: number): PlaceMention | null {
  let k = last + 1;
  if (v.tokens[k]?.normal === 'on' || v.tokens[k]?.normal === 'against') k++;
  while (v.tokens[k]?.pos === 'DET' || v.tokens[k]?.pos === 'ADJ') k++;
  if (SETTLEMENT_NOUNS.has(v.tokens[k]?.normal ?? '') && v.tokens[k + 1]?.normal === 'of') k += 2;
  const t = v.tokens[k];
  if (t === undefined || (v.groups[v.groupAt[k] ?? -1] ?? []).some((m) => m.code !== '---')) return null;
  const match = findPlaceAt(v.sentence.text, t.start - v.sentence.start);
  if (match === null) return null;
  const end = v.sentence.start + match.end;
  let j = k;
  while (j < v.tokens.length && (v.tokens[j]?.start ?? Infinity) < end) j++;
  return { text: match.text, span: [t.start, end], tokens: [k, j], country: match.place.country };
}
