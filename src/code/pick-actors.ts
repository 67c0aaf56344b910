import type { ActorMention, ResolvedSentence, Token } from '../types/index.js';
import { DISPATCH_VERBS, SPEECH_VERBS } from './english.js';
import { lemmaOf } from './find-triggers.js';

/** Words that end a clause for the search of a subject or an object. */
const SUBORDINATORS = new Set([
  'that', 'because', 'although', 'though', 'while', 'whereas', 'since', 'after', 'before', 'when',
  'if', 'unless', 'whether', 'once', 'until', 'as',
]);
const RELATIVES = new Set(['who', 'which']);
const CLAUSE_PUNCT = new Set([';', ':', '.', '!', '?', '"', '“', '”']);
/** Tokens that may stand between a preposition or verb and the actor it governs. */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
/** "dozens of protesters", "some of the rebels": the quantity does not govern the actor. */
const QUANTIFIERS = new Set(['dozen', 'hundred', 'thousand', 'million', 'score', 'number', 'group', 'some', 'many', 'several', 'all', 'most', 'few', 'one', 'two', 'three', 'members', 'member']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** A sentence with the lookups the patterns need. */
export interface SentenceView {
  sentence: ResolvedSentence;
  tokens: readonly Token[];
  lemmas: string[];
  /** Mentions grouped by token range (coordinated references like "the two leaders" share one). */
  groups: ActorMention[][];
  /** Token index -> index into `groups`, or -1. */
  groupAt: number[];
  /** Tokens that end a clause for the search of a subject or an object. */
  boundary: boolean[];
}

export function viewOf(sentence: ResolvedSentence): SentenceView {
  const tokens = sentence.tokens;
  const groups: ActorMention[][] = [];
  const groupAt = new Array<number>(tokens.length).fill(-1);
  const sorted = [...sentence.mentions].sort((a, b) => a.tokens[0] - b.tokens[0] || b.tokens[1] - a.tokens[1]);
  for (const m of sorted) {
    const g = groupAt[m.tokens[0]] ?? -1;
    const existing = g >= 0 ? groups[g] : undefined;
    if (existing?.[0] && existing[0].tokens[0] === m.tokens[0] && existing[0].tokens[1] === m.tokens[1]) {
      existing.push(m);
      continue;
    }
    if (g >= 0) continue; // nested in a longer mention already taken
    groups.push([m]);
    for (let k = m.tokens[0]; k < m.tokens[1] && k < tokens.length; k++) groupAt[k] = groups.length - 1;
  }
  const boundary = tokens.map((_, i) => boundaryAt(tokens, i));
  return { sentence, tokens, lemmas: tokens.map(lemmaOf), groups, groupAt, boundary };
}

/** Prepositions that also open a clause of their own ("comes after the US accused Russia"). */
const CLAUSE_PREPS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'because', 'once']);
/** How far a clause opened by a preposition may run before its finite verb. */
const CLAUSE_REACH = 14;

/** Does a finite verb follow `i` within the same stretch (no comma or other clause word between)? */
function finiteVerbAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + CLAUSE_REACH); j++) {
    const t = tokens[j];
    if (!t || t.text === ',' || CLAUSE_PUNCT.has(t.text) || t.pos === 'SCONJ') return false;
    if (j === i + 1 && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
    if (t.pos === 'AUX') return tokens[j - 1]?.normal !== 'to';
    if (t.pos === 'VERB') return !t.normal.endsWith('ing') && tokens[j - 1]?.normal !== 'to';
  }
  return false;
}

function boundaryAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (CLAUSE_PUNCT.has(t.text)) return true;
  if (t.pos === 'SCONJ' && SUBORDINATORS.has(t.normal)) return true;
  return t.pos === 'ADP' && CLAUSE_PREPS.has(t.normal) && finiteVerbAfter(tokens, i);
}

/** Verbs of saying that introduce a clause but never take an event noun as their object. */
export function isSayVerb(v: SentenceView, i: number): boolean {
  return ['say', 'tell'].includes(v.lemmas[i] ?? '');
}

export function isSpeechVerb(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || !SPEECH_VERBS.has(v.lemmas[i] ?? '')) return false;
  if (t.pos === 'VERB') return true;
  // "..., The Washington Post reports." / "..., CNN reports, citing officials": a closing
  // "reports"/"notes" is often tagged a plural noun; after its subject, not after "the" or "despite",
  // and before a comma only after a name ("intelligence reports, however, ..." is a noun)
  const next = v.tokens[i + 1]?.text;
  const prev = v.tokens[i - 1]?.pos;
  if (t.pos !== 'NOUN' || !t.normal.endsWith('s') || prev === 'DET' || prev === 'ADJ' || prev === 'ADP') return false;
  return next === undefined || next === '.' || next === 'on' || (next === ',' && prev === 'PROPN');
}

function isBoundary(v: SentenceView, i: number): boolean {
  return v.boundary[i] ?? true;
}

function firstToken(v: SentenceView, g: number): number {
  return v.groups[g]?.[0]?.tokens[0] ?? 0;
}
function endToken(v: SentenceView, g: number): number {
  return v.groups[g]?.[0]?.tokens[1] ?? 0;
}

/** Unresolved name or noun words in front of a mention ("Bush administration officials"). */
const MAX_COMPOUND = 3;

/** The token before a mention, skipping determiners, adjectives, possessives and compound words. */
export function governorBefore(v: SentenceView, start: number): number {
  let i = start - 1;
  let compound = 0;
  while (i >= 0) {
    const t = v.tokens[i];
    if (!t) break;
    // "nuclear-equipped bombers": the parts of a hyphenated modifier
    if (MODIFIER_POS.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.normal) || (t.text === '-' && isWord(v.tokens[i - 1]) && isWord(v.tokens[i + 1]))) {
      i--;
      continue;
    }
    if ((t.pos === 'PROPN' || t.pos === 'NOUN') && compound < MAX_COMPOUND && (v.groupAt[i] ?? -1) < 0) {
      compound++;
      i--;
      continue;
    }
    const prev = v.tokens[i - 1];
    // "the armed forces", ", armed militants": a participle modifying the noun; but "Putin, the
    // Russian president, launched a mediation effort": a verb with its own determiner after it
    const ownObject = v.tokens[i + 1]?.pos === 'DET';
    if (t.pos === 'VERB' && /ed$/.test(t.normal) && (!prev || prev.pos === 'DET' || (prev.pos === 'PUNCT' && !ownObject))) {
      i--;
      continue;
    }
    const q = v.tokens[i - 1];
    if (t.normal === 'of' && q && (q.pos === 'NUM' || QUANTIFIERS.has(q.normal.replace(/s$/, '')))) {
      i -= 2;
      continue;
    }
    if (hedgeAt(v.tokens, i)) {
      i--;
      continue;
    }
    // "the death of Hun Sen's mother-in-law": what governs the owner governs the phrase
    const owner = v.groupAt[i - 1] ?? -1;
    if ((t.normal === "'s" || t.normal === '’s') && owner >= 0) {
      i = firstToken(v, owner) - 1;
      continue;
    }
    break;
  }
  return i;
}

/** Words that hedge a number: "at least 19 people", "more than 200 troops", "about 300 civilians". */
const APPROXIMATORS = new Set(['about', 'around', 'over', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'under']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/**
 * The length of a hedge on a number ending at token `i` ("at least", "more than", "up to", "about"),
 * so that it is not read as a preposition governing the actor after the number; 0 when none.
 */
function approximatorBefore(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || tokens[i + 1]?.pos !== 'NUM') return 0;
  const prev = tokens[i - 1]?.normal ?? '';
  if ((t.normal === 'least' || t.normal === 'most') && prev === 'at') return 2;
  if (t.normal === 'than' && COMPARATIVES.has(prev)) return 2;
  if (t.normal === 'to' && prev === 'up') return 2;
  if (t.normal === 'many' && prev === 'as' && tokens[i - 2]?.normal === 'as') return 3;
  return APPROXIMATORS.has(t.normal) ? 1 : 0;
}

/** Is token `k` part of a hedge on a number after it ("at least", "more than", "up to")? */
function hedgeAt(tokens: readonly Token[], k: number): boolean {
  for (let end = k; end <= k + 2; end++) {
    const n = approximatorBefore(tokens, end);
    if (n > 0 && end - n < k) return true;
  }
  return false;
}

function isWord(t: Token | undefined): boolean {
  return !!t && t.pos !== 'PUNCT' && /^[\p{L}\d]/u.test(t.text);
}

/** Mentions joined to group `g` by "and", "," or "as well as", in the direction given. */
export function coordinated(v: SentenceView, g: number, direction: 1 | -1, limit: number): number[] {
  const out: number[] = [];
  let cur = g;
  let conjunction = false;
  for (;;) {
    let i = direction === 1 ? endToken(v, cur) : firstToken(v, cur) - 1;
    let sawLink = false;
    while (i >= 0 && i < v.tokens.length && (direction === 1 ? i < limit : i >= limit)) {
      const t = v.tokens[i];
      if (!t) break;
      if (t.normal === 'and' || t.text === ',' || t.normal === 'as' || t.normal === 'well' || t.normal === 'or') {
        if (t.text !== ',') conjunction = true;
        sawLink = true;
        i += direction;
        continue;
      }
      if (MODIFIER_POS.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.normal)) {
        i += direction;
        continue;
      }
      break;
    }
    const next = v.groupAt[i] ?? -1;
    if (!sawLink || next < 0 || next === cur) break;
    out.push(next);
    cur = next;
  }
  // "A, B and C" is a list; "..., the Iranian authorities freed" is not
  return conjunction ? out : [];
}

/**
 * The subject of the predicate starting at `at`: the nearest actor to the left in the same clause
 * that is not governed by a preposition or by another verb (a verb of saying may govern it: "said
 * Russia attacked"). A relative pronoun hands over to its antecedent ("Putin, who met ...").
 */
export function subjectBefore(v: SentenceView, at: number, floor: number): number[] {
  for (let i = at - 1; i >= floor; i--) {
    const t = v.tokens[i];
    if (!t) break;
    if (RELATIVES.has(t.normal)) {
      const antecedent = nearestGroupBefore(v, i, floor);
      return antecedent < 0 ? [] : withCoordinated(v, antecedent, floor);
    }
    if (isBoundary(v, i)) return [];
    const g = v.groupAt[i] ?? -1;
    if (g < 0) continue;
    const start = firstToken(v, g);
    const gov = governorBefore(v, start);
    const govToken = v.tokens[gov];
    const governed = govToken && !isBoundary(v, gov) && (govToken.pos === 'ADP' || (govToken.pos === 'VERB' && !isSpeechVerb(v, gov)));
    const possessor = v.tokens[endToken(v, g)]?.normal === "'s" && v.tokens[endToken(v, g) + 1]?.pos !== 'VERB';
    // "the possibility of Russia attacking Ukraine": a gerund clause has its own subject
    if (governed && (ownGerundSubject(v, g, at, gov) || sentToDo(v, g, at, gov))) return [g];
    if (governed) {
      i = start;
      continue;
    }
    // "his campaign manager said", "Putin and his aides": the owner is not the subject, its list may be
    if (ownsHead(v, g)) return coordinated(v, g, -1, floor).reverse();
    // "Putin's announcement comes after ...": the owner of a noun is not the subject of the verb
    // "Putin's announcement comes after ...": the owner of an event noun is not the subject of the verb
    if (possessor && ((v.groupAt[endToken(v, g) + 1] ?? -1) >= 0 || isEventNoun(v, endToken(v, g) + 1))) {
      i = start;
      continue;
    }
    const chain = withCoordinated(v, g, floor);
    // "accused Germany and France": a list governed by a verb or preposition is no subject
    const head = chain[0] ?? g;
    const headGov = v.tokens[governorBefore(v, firstToken(v, head))];
    if (head !== g && headGov && !isBoundary(v, governorBefore(v, firstToken(v, head))) && (headGov.pos === 'ADP' || (headGov.pos === 'VERB' && !isSpeechVerb(v, governorBefore(v, firstToken(v, head)))))) {
      i = firstToken(v, head);
      continue;
    }
    return withCompanions(v, chain, at);
  }
  return [];
}

/** Possessive pronouns that stand for a person. */
const PERSON_POSSESSIVES = new Set(['his', 'her']);

/**
 * "his campaign manager", "her proposed ban": a person's possessive before a noun phrase that names
 * no actor (an unknown role or a thing) is the owner of the phrase, not the one who acts. An event
 * noun is left to the nominal patterns ("his visit").
 */
function ownsHead(v: SentenceView, g: number): boolean {
  const m = v.groups[g]?.[0];
  if (m === undefined || m.tokens[1] - m.tokens[0] !== 1 || !PERSON_POSSESSIVES.has(v.tokens[m.tokens[0]]?.normal ?? '')) return false;
  const next = v.tokens[m.tokens[1]];
  if (next === undefined || (v.groupAt[m.tokens[1]] ?? -1) >= 0 || isEventNoun(v, m.tokens[1])) return false;
  return next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || (next.pos === 'VERB' && /(?:ed|ing)$/.test(next.normal));
}

/** "Ukraine, along with the US and NATO, threatens ...": the companions act with the subject. */
function withCompanions(v: SentenceView, chain: number[], at: number): number[] {
  const lastGroup = chain[chain.length - 1];
  if (lastGroup === undefined) return chain;
  let k = endToken(v, lastGroup);
  if (v.tokens[k]?.text === ',') k++;
  const w = v.tokens[k]?.normal;
  if ((w === 'along' || w === 'together') && v.tokens[k + 1]?.normal === 'with') k += 2;
  else if (w === 'alongside') k += 1;
  else return chain;
  const g = nextGroupStart(v, k);
  if (g < 0 || endToken(v, g) > at) return chain;
  return [...chain, g, ...coordinated(v, g, 1, at)];
}

/** Nouns that name a statement or an act rather than a body that acts ("announcement", "decision"). */
const EVENT_NOUNS = new Set([
  'announcement', 'decision', 'statement', 'remark', 'comment', 'move', 'visit', 'proposal', 'plan', 'speech',
  'call', 'message', 'report', 'claim', 'warning', 'response', 'refusal', 'offer', 'demand', 'trip', 'meeting',
  'talk', 'decree', 'order', 'policy', 'action', 'attempt', 'effort', 'victory', 'election', 'deal', 'agreement',
]);

function isEventNoun(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  return t?.pos === 'NOUN' && v.tokens[i + 1]?.pos !== 'NOUN' && EVENT_NOUNS.has(v.lemmas[i] ?? '');
}

/** Prepositions whose object may be the subject of a gerund after it ("fears of China invading"). */
const GERUND_SUBJECT_PREPS = new Set(['of', 'about', 'over', 'despite', 'without', 'against', 'to']);

function ownGerundSubject(v: SentenceView, g: number, at: number, gov: number): boolean {
  const verb = v.tokens[at];
  return endToken(v, g) === at && verb?.pos === 'VERB' && verb.normal.endsWith('ing')
    && GERUND_SUBJECT_PREPS.has(v.tokens[gov]?.normal ?? '');
}


function sentToDo(v: SentenceView, g: number, at: number, gov: number): boolean {
  return endToken(v, g) === at - 1 && v.tokens[at - 1]?.normal === 'to' && v.tokens[gov]?.pos === 'VERB'
    && DISPATCH_VERBS.has(v.lemmas[gov] ?? '');
}

function nearestGroupBefore(v: SentenceView, i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) {
    const t = v.tokens[k];
    if (!t) break;
    if (t.text === ',') continue;
    return v.groupAt[k] ?? -1;
  }
  return -1;
}

function withCoordinated(v: SentenceView, g: number, floor: number): number[] {
  return [...coordinated(v, g, -1, floor).reverse(), g];
}

export interface ObjectSearch {
  /** Where to start looking (after the head). */
  from: number;
  /** Tokens of the trigger itself: they neither stop the search nor count as a governor. */
  own: ReadonlySet<number>;
  /** The last token of the trigger: after it a new verb ends the search. */
  last: number;
  preps: readonly string[];
  direct: boolean;
  limit: number;
  exclude: ReadonlySet<number>;
}

/** The target of a predicate: its direct object or the actor after one of its prepositions. */
export function objectAfter(v: SentenceView, q: ObjectSearch): number[] {
  const end = Math.min(v.tokens.length, q.limit);
  for (let i = q.from; i < end; i++) {
    const t = v.tokens[i];
    if (!t) break;
    if (!q.own.has(i)) {
      if (isBoundary(v, i) || RELATIVES.has(t.normal)) return [];
      if (i > q.last && (t.pos === 'VERB' || (t.pos === 'AUX' && i > q.last + 1))) return [];
    }
    const g = v.groupAt[i] ?? -1;
    if (g < 0 || q.exclude.has(g)) continue;
    const start = firstToken(v, g);
    const gov = governorBefore(v, start);
    const govToken = v.tokens[gov];
    let ok: boolean;
    // a trigger word tagged as an adjective ("would free") must not be skipped as a modifier
    let ownBetween = false;
    for (let k = gov + 1; k < start; k++) if (q.own.has(k)) ownBetween = true;
    if (q.own.has(gov) || ownBetween || q.own.has(i)) ok = q.direct || (govToken?.pos === 'ADP' && q.preps.includes(govToken.normal));
    else if (govToken?.pos === 'ADP' || (govToken?.normal === 'to' && govToken.pos === 'PART'))
      ok = q.preps.includes(govToken.normal) || (q.direct && NP_INTERNAL.has(govToken.normal) && insideObject(v, q, gov));
    else if (govToken && (govToken.normal === "'s" || govToken.pos === 'NOUN')) ok = false;
    else ok = q.direct && gov > q.last;
    if (!ok) {
      i = endToken(v, g) - 1;
      continue;
    }
    return [g, ...coordinated(v, g, 1, end).filter((c) => !q.exclude.has(c))];
  }
  return [];
}

/** Prepositions inside a direct object that lead to the actor it is about ("condemned the attack by X"). */
const NP_INTERNAL = new Set(['of', 'by', 'from']);

/** Only the object's own words (no verb, no other preposition) lie between the trigger and `at`. */
function insideObject(v: SentenceView, q: ObjectSearch, at: number): boolean {
  for (let k = q.last + 1; k < at; k++) {
    const t = v.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'ADP' && !NP_INTERNAL.has(t.normal))) return false;
  }
  return true;
}

/** The agent of a passive ("by the EU"), searched to the right of the verb; nouns also take "from". */
export function agentAfter(v: SentenceView, from: number, limit: number, preps: readonly string[] = ['by']): number[] {
  const end = Math.min(v.tokens.length, limit);
  for (let i = from; i < end; i++) {
    const t = v.tokens[i];
    if (!t || isBoundary(v, i)) return [];
    if (!preps.includes(t.normal)) continue;
    const j = nextGroupStart(v, i + 1);
    if (j >= 0 && ownsHead(v, j)) return [];
    if (j >= 0) return [j, ...coordinated(v, j, 1, end)];
  }
  return [];
}

/** The group starting right after `i`, modifiers and a few compound words skipped. */
export function nextGroupStart(v: SentenceView, i: number): number {
  let k = i;
  let compound = 0;
  while (k < v.tokens.length) {
    const t = v.tokens[k];
    if (!t) break;
    const g = v.groupAt[k] ?? -1;
    if (g >= 0) return g;
    if ((t.pos === 'PROPN' || t.pos === 'NOUN') && compound < MAX_COMPOUND) compound++;
    else if (!(MODIFIER_POS.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.normal) || hedgeAt(v.tokens, k))) break;
    k++;
  }
  return -1;
}

const AGENT_COMPOUND = /-(led|backed|claimed|launched|sponsored|organised|organized)$/;
const AGENT_PARTICIPLES = new Set(['led', 'backed', 'claimed', 'launched', 'sponsored', 'organised', 'organized']);

/** The possessor right before a nominal trigger ("Russia's invasion"). */
export function possessorBefore(v: SentenceView, head: number): number {
  let k = head - 1;
  for (let t = v.tokens[k]; k >= 0 && t !== undefined; t = v.tokens[k]) {
    // "a Saudi-led strike", "a Taliban-claimed bombing": the one who leads or claims it acts
    if (t.pos === 'VERB' && AGENT_PARTICIPLES.has(t.normal) && v.tokens[k - 1]?.text === '-' && (v.groupAt[k - 2] ?? -1) >= 0) {
      return v.groupAt[k - 2] ?? -1;
    }
    if ((v.groupAt[k] ?? -1) >= 0 && AGENT_COMPOUND.test(t.normal)) return v.groupAt[k] ?? -1;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM')) break;
    k--;
  }
  if (v.tokens[k]?.normal === "'s" || v.tokens[k]?.normal === "'") k--;
  else {
    // "the EU sanctions", "Russian attacks": an actor directly modifying the noun
    const g = v.groupAt[k] ?? -1;
    return g >= 0 && endToken(v, g) === k + 1 ? g : -1;
  }
  const g = v.groupAt[k] ?? -1;
  return g;
}

/** The first token of the clause holding `at`: after the nearest boundary on its left. */
export function clauseStart(v: SentenceView, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (isBoundary(v, i)) return i + 1;
  return 0;
}

export function isPassive(v: SentenceView, head: number): boolean {
  const t = v.tokens[head];
  if (!t || t.pos !== 'VERB' || t.normal.endsWith('ing')) return false;
  // "Boeing ordered by FAA to fix ...", "a journalist detained by police": a participle with its
  // agent and no auxiliary (headlines, reduced relatives)
  if (/(?:ed|en)$/.test(t.normal) && v.tokens[head + 1]?.normal === 'by' && nextGroupStart(v, head + 2) >= 0) return true;
  for (let i = head - 1; i >= 0 && i >= head - 3; i--) {
    const p = v.tokens[i];
    if (!p) break;
    if (p.pos === 'ADV' || p.normal === 'not' || p.normal === "n't") continue;
    return p.pos === 'AUX' && (v.lemmas[i] === 'be' || v.lemmas[i] === 'get');
  }
  return false;
}
