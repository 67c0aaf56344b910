import type { ActorMention, Token } from '../types/index.js';
import type { Composed } from './compose.js';

/**
 * The last word of an organisation's name says what kind of body it is: "Munich Regional Court"
 * JUD, "Siemens AG" BUS, "Department of Education" GOV. Lower case keys.
 */
const HEAD_SECTORS: ReadonlyMap<string, string> = new Map([
  ...['court', 'tribunal', 'prosecutor', 'judiciary'].map((w) => [w, 'JUD'] as const),
  ...['party'].map((w) => [w, 'PTY'] as const),
  ...['bank', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'company', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa',
    'gmbh', 'holdings', 'group', 'airlines', 'airways', 'motors', 'industries', 'enterprises', 'exchange'].map((w) => [w, 'BUS'] as const),
  ...['university', 'college', 'school', 'academy'].map((w) => [w, 'EDU'] as const),
  ...['ministry', 'department', 'office', 'agency', 'administration', 'commission', 'authority', 'bureau', 'service',
    'directorate', 'secretariat', 'cabinet', 'government', 'municipality', 'council'].map((w) => [w, 'GOV'] as const),
  ...['police', 'gendarmerie', 'constabulary'].map((w) => [w, 'COP'] as const),
  ...['army', 'navy', 'forces', 'brigade', 'battalion', 'regiment', 'division', 'guard', 'command'].map((w) => [w, 'MIL'] as const),
  ...['parliament', 'senate', 'assembly', 'congress', 'duma'].map((w) => [w, 'LEG'] as const),
  ...['union', 'federation', 'confederation'].map((w) => [w, 'LAB'] as const),
  ...['foundation', 'association', 'institute', 'society', 'watch', 'fund', 'trust', 'coalition', 'alliance',
    'network', 'initiative', 'centre', 'center'].map((w) => [w, 'NGO'] as const),
  ...['times', 'post', 'journal', 'news', 'tv', 'television', 'radio', 'press', 'herald', 'tribune', 'gazette'].map((w) => [w, 'MED'] as const),
  ...['church', 'diocese', 'mosque', 'synagogue'].map((w) => [w, 'REL'] as const),
  ...['hospital', 'clinic'].map((w) => [w, 'HLH'] as const),
  ...['front', 'movement', 'brigades', 'militia', 'cartel'].map((w) => [w, 'REB'] as const),
]);
/** Heads that take an "of" complement inside the name: "Ministry of Defence", "University of Lagos". */
const OF_HEADS = new Set(['ministry', 'department', 'office', 'university', 'bank', 'court', 'council', 'commission',
  'organization', 'organisation', 'federation', 'union', 'association', 'institute', 'party', 'league', 'church', 'army',
  'college', 'school', 'academy', 'agency', 'bureau', 'board', 'committee', 'secretary', 'house', 'chamber', 'movement',
  'front', 'republic', 'kingdom', 'state', 'government']);
/** Courtesy titles belong to the name they precede. */
const TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'mme', 'mme.']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Before an unknown name: a place, which the place finder takes ("in Idlib", "near Aleppo"). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'across', 'throughout', 'around', 'from', 'into', 'to']);
/** Capitalised words that start sentences or headlines but name nobody. */
const NOT_NAMES = new Set(['i', 'god', 'covid', 'covid-19', 'internet', 'twitter', 'facebook', 'christmas', 'easter',
  'ramadan', 'eid', 'olympics', 'earth', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'ok']);

/** Where a sentence's capitalisation is only typographic (its first word, after a quote or colon). */
function afterOpening(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || /^["“‘'(:—–-]$/.test(prev.text);
}

function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !/^\p{Lu}/u.test(t.text)) return false;
  if (CALENDAR.has(t.normal) || CALENDAR.has(t.normal.replace(/\.$/, '')) || NOT_NAMES.has(t.normal)) return false;
  if (afterOpening(tokens, i)) return t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text);
  return t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'ADJ' && /^\p{Lu}{2,}$/u.test(t.text));
}

/**
 * Proper names the dictionary does not know still name actors: "Siemens", "the FBI", "the Munich
 * Regional Court", "Jurisdiction for Peace". The head word gives the sector (`HEAD_SECTORS`); with
 * no country known the code is the sector alone ("JUD"), or `---` when nothing is known, and
 * `entity` keeps the name so that readers see who it is. A name right after a place preposition is
 * a place; a name touching a known mention, actor or role word modifies it ("Pune MP Girish
 * Bapat"); `taken` are the token ranges of those. A name in brackets is a credit or an
 * abbreviation ("(Reuters)"). At the start of a sentence an inflected word is no name ("Talks").
 */
export function unknownNames(
  tokens: readonly Token[],
  taken: readonly (readonly [number, number])[],
  body: string,
): Composed[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const [a, b] of taken) for (let k = a; k < b; k++) covered[k] = true;
  const out: Composed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === true || !isNameWord(tokens, i)) continue;
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && covered[j] !== true && (isNameWord(tokens, j) || tokens[j]?.text === '&')) {
        j++;
        continue;
      }
      // "Department of Education", "Action Against Hunger", "Jurisdiction for Peace"
      const link = tokens[j];
      const linkOk = link !== undefined && covered[j] !== true
        && ((link.normal === 'of' && OF_HEADS.has(tokens[j - 1]?.normal ?? ''))
          || (link.pos === 'ADP' && /^\p{Lu}/u.test(link.text))
          || (link.normal === 'for' && j - i <= 3));
      let k = j + 1;
      if (linkOk && tokens[k]?.normal === 'the') k++;
      if (linkOk && covered[k] !== true && isNameWord(tokens, k)) {
        j = k + 1;
        continue;
      }
      break;
    }
    while (j > i && tokens[j - 1]?.text === '&') j--;
    const runStart = i;
    i = j - 1;
    if (touchesMention(tokens, covered, runStart, j)) continue;
    if (tokens[runStart - 1]?.text === '(' && tokens[j]?.text === ')') continue;
    const first = tokens[runStart];
    if (j - runStart === 1 && first !== undefined && afterOpening(tokens, runStart) && (first.lemma !== first.normal || /[^s]s$/.test(first.normal))
      && !/^\p{Lu}{2,}$/u.test(first.text)) continue;
    let start = runStart;
    const before = tokens[start - 1];
    if (before !== undefined && PLACE_PREPS.has(before.normal)) continue;
    if (before?.normal === 'the') start--;
    while (start > 0 && TITLES.has(tokens[start - 1]?.normal ?? '')) start--;
    const words = tokens.slice(runStart, j).map((t) => t.normal);
    const ofAt = words.indexOf('of');
    const head = ofAt > 0 ? words[ofAt - 1] : words[words.length - 1];
    const sector = HEAD_SECTORS.get(head ?? '') ?? null;
    const isOrg = sector !== null || ofAt > 0 || /^\p{Lu}{2,}$/u.test(tokens[runStart]?.text ?? '') || before?.normal === 'the';
    const span: [number, number] = [tokens[start]?.start ?? 0, tokens[j - 1]?.end ?? 0];
    const name = body.slice(tokens[runStart]?.start ?? 0, span[1]).replace(/^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Mme)\.?\s+/u, '');
    const mention: ActorMention = {
      text: body.slice(span[0], span[1]),
      span,
      code: sector ?? '---',
      country: null,
      sector,
      entity: name,
      tokens: [start, j],
      via: 'name',
    };
    out.push({ mention, kind: isOrg ? 'group' : 'person', role: null, singular: true, unknown: true });
  }
  return out;
}

/** A name run right against a known mention modifies it or is part of it. */
function touchesMention(tokens: readonly Token[], covered: readonly boolean[], i: number, j: number): boolean {
  if (covered[j] === true) return true;
  // "Russia's Gazprom" is its own actor; "Gazprom Russia" is not a pattern worth guessing at
  return i > 0 && covered[i - 1] === true && tokens[i - 1]?.pos !== 'PART' && !/^['’]s?$/.test(tokens[i - 1]?.text ?? '');
}
