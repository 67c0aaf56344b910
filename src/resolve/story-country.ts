import { resolvePlace } from '../knowledge/places.js';
import type { ActorMention, PlaceMention, ResolvedSentence } from '../types/index.js';

/** Organs of a state: an unknown name with one of these ("the Interior Ministry") is the story's. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/**
 * The sectors that take the country of the whole story (dateline, dominant country), not only of a
 * place in their sentence: the state and political actors. "Businesses", "students" or "people"
 * in an article about one country are mostly not that country acting (a how-to page names a
 * country and then "companies offer ..."), so they are placed only by a place in their sentence.
 */
const STORY_SECTORS = new Set([...STATE_SECTORS, 'OPP', 'REB', 'PTY', 'GOVMED']);
/** Civilians acting politically: "protesters", not "people" or "families". */
const PROTEST = /^(?:protest|demonstrat|rioter|marcher|striker)/i;

function takesStoryCountry(m: ActorMention): boolean {
  return STORY_SECTORS.has(m.code) || (m.code === 'CVL' && PROTEST.test(m.text.replace(/^the\s+/i, '').split(/\s+/).pop() ?? ''));
}

/**
 * A role with no country ("police", "protesters", "the ministry"), or a state organ no table knows:
 * its code is the sector alone. A named company or party stays as it is: it may be of any country.
 */
function isUnplacedRole(m: ActorMention): boolean {
  if (m.country !== null || m.sector === null || m.code !== m.sector) return false;
  return m.via === 'role' || STATE_SECTORS.has(m.sector);
}

/** The country of a place, read with the countries the article names as hints ("Lagos" is Nigeria's). */
function placeCountry(p: PlaceMention, countries: readonly string[]): string | null {
  return p.country ?? resolvePlace(p.text, { countries, foreignStrict: true })?.country ?? null;
}

/** "DHAKA, Bangladesh --", "MOSCOW (Reuters) -": a place in capitals opening the first sentence. */
function datelineCountry(first: ResolvedSentence | undefined, hints: readonly string[]): string | null {
  const p = first?.places?.find((x) => x.tokens[0] === 0);
  if (p === undefined || p.text !== p.text.toUpperCase()) return null;
  return placeCountry(p, hints);
}

/**
 * The country the article is about: the one its names and places give most often, when it is
 * named at least twice as often as any other (a story of one country that mentions a neighbour).
 */
function dominantCountry(sentences: readonly ResolvedSentence[], named: ReadonlyMap<string, number>, hints: readonly string[]): string | null {
  const counts = new Map(named);
  for (const s of sentences) {
    for (const p of s.places ?? []) {
      const c = placeCountry(p, hints);
      if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first === undefined) return null;
  return second === undefined || first[1] >= 2 * second[1] ? first[0] : null;
}

/** The one country of the places a sentence names ("protesters in Dhaka"), when there is one. */
function clauseCountry(s: ResolvedSentence, hints: readonly string[]): string | null {
  const countries = new Set((s.places ?? []).map((p) => placeCountry(p, hints)).filter((c) => c !== null));
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/**
 * Gives a role with no country the country of its story, by the first rule that applies:
 * 1. the place its sentence names, when all its places are in one country ("police in Dhaka");
 * 2. for a state or political actor (see STORY_SECTORS), the article's dateline ("KABUL,
 *    Afghanistan --"), else its dominant country (see dominantCountry).
 * Otherwise it stays a bare sector, which alone makes no event.
 */
export function withStoryCountry(sentences: readonly ResolvedSentence[]): ResolvedSentence[] {
  if (!sentences.some((s) => s.mentions.some(isUnplacedRole))) return [...sentences];
  // How often the article names each country through its actors: the hints for places too.
  const named = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) if (m.via !== 'coreference' && m.country !== null) named.set(m.country, (named.get(m.country) ?? 0) + 1);
  }
  const hints = [...named.keys()];
  const story = datelineCountry(sentences[0]?.index === 0 ? sentences[0] : undefined, hints) ?? dominantCountry(sentences, named, hints);
  return sentences.map((s) => {
    if (!s.mentions.some(isUnplacedRole)) return s;
    const clause = clauseCountry(s, hints);
    const mentions = s.mentions.map((m) => {
      if (!isUnplacedRole(m)) return m;
      const country = clause ?? (takesStoryCountry(m) ? story : null);
      return country === null ? m : { ...m, code: country + m.code, country };
    });
    return { ...s, mentions };
  });
}
