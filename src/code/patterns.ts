import type { ActorMention, Modality, PlaceMention, ResolvedSentence } from '../types/index.js';
import type { Actors, ArgumentFinder, Speech } from './argument-finder.js';
import {
  DISPATCH_VERBS, HEDGING_SPEECH_VERBS, OBLIGATION_MODALS, OBLIGATION_VERBS, PERSONAL_PRONOUNS, RECEIVING_VERBS, TOPIC_VERBS, TRANSPARENT_GERUNDS, TRANSPARENT_VERBS,
} from './english.js';
import { combineFrame, recodeForModality } from './frames.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { isViolent, struckPlace } from './struck-place.js';
import { asksForAct } from './mandative.js';
import { isConditionalSentence, isHypotheticalNoun, modalityAt } from './modality.js';
import {
  agentAfter, clauseStart, governorBefore, isPassive, isSayVerb, isSpeechVerb, nextGroupStart, objectAfter,
  possessorBefore, subjectBefore, viewOf, type SentenceView,
} from './pick-actors.js';

/** One event found in a sentence, before it becomes a record. */
export interface SentenceEvent {
  code: string;
  /** Token indices of the trigger words (frame and governed trigger together). */
  trigger: number[];
  source: ActorMention;
  target: ActorMention | null;
  modality: Modality;
  attribution: ActorMention | null;
  voice: 'active' | 'passive' | 'nominal';
  /** Several words or a wrapping verb made the code (evidence for the confidence). */
  multiword: boolean;
}

/** How far a wrapping verb may be from the trigger it governs ("threatened on Monday to impose"). */
const FRAME_REACH = 8;
/** How far right of a trigger its target is looked for. */
const OBJECT_REACH = 20;

interface Unit {
  main: Trigger;
  governed: Trigger | null;
  code: string;
  /** An extra event for the governed trigger (alleged, negated or intended), when the pair keeps it. */
  governedModality: 'intended' | 'alleged' | 'negated' | null;
}

function governedBy(v: SentenceView, f: Trigger, candidates: readonly Trigger[]): Trigger | null {
  for (const t of candidates) {
    if (t === f || t.head <= f.last || t.head - f.last > FRAME_REACH) continue;
    for (let i = f.last + 1; i < t.head; i++) {
      const tok = v.tokens[i];
      if (!tok) return null;
      // "warned of the risk of Iran attacking": the event is only possible, not what is warned of
      if (tok.pos === 'PUNCT' || tok.pos === 'CCONJ' || isHypotheticalNoun(tok)) return null;
      const lightVerb = t.entry.pos === 'noun' && i > f.last + 1 && v.tokens[i - 1]?.normal === 'to';
      const gerund = tok.normal.endsWith('ing') && TRANSPARENT_GERUNDS.has(v.lemmas[i] ?? '');
      if (tok.pos === 'VERB' && !TRANSPARENT_VERBS.has(v.lemmas[i] ?? '') && !t.tokens.includes(i) && !lightVerb && !gerund) return null;
      if (tok.pos === 'SCONJ' && tok.normal !== 'that') return null;
    }
    // "suggested that Russia attacked Ukraine" reports the attack; "suggested that Russia stop" asks for
    // it ("urged Russia to stop" always asks)
    const clause = thatBetween(v, f, t) || (t.entry.pos === 'verb' && !v.tokens.slice(f.last + 1, t.head).some((k) => k.normal === 'to'));
    if (asking(f) && clause && !asksForAct(v.tokens, f.last + 1, f.entry.frame === 'demand', t.head + 1)) return null;
    return t;
  }
  return null;
}

/** Frames whose complement clause names who is asked to act. */
function asking(t: Trigger): boolean {
  return t.entry.frame === 'demand' || t.entry.frame === 'appeal';
}

/** Pairs wrapping verbs with what they govern, innermost first, so "refused to agree to talks" nests. */
function buildUnits(v: SentenceView, triggers: readonly Trigger[], finder: ArgumentFinder): Unit[] {
  const consumed = new Set<Trigger>();
  const combinedCode = new Map<Trigger, string>();
  const units = new Map<Trigger, Unit>();
  for (const f of [...triggers].reverse()) {
    const frame = f.entry.frame;
    const governed = frame ? finder.governed(v, f, triggers.filter((t) => !consumed.has(t))) : null;
    if (!frame || !governed) {
      units.set(f, { main: f, governed: null, code: f.code, governedModality: null });
      combinedCode.set(f, f.code);
      continue;
    }
    const inner = combinedCode.get(governed) ?? governed.code;
    const combined = combineFrame(frame, f.entry.code, inner);
    const refined = f.code !== f.entry.code ? f.code : null;
    const code = combined.code === null ? inner : (refined ?? combined.code);
    consumed.add(governed);
    units.delete(governed);
    units.set(f, { main: f, governed, code, governedModality: combined.governedModality });
    combinedCode.set(f, code);
  }
  return [...units.values()].sort((a, b) => a.main.head - b.main.head);
}

function mentionsOf(v: SentenceView, groups: readonly number[]): ActorMention[] {
  // A loop rather than flatMap: called for every candidate event (same mentions, same order).
  const out: ActorMention[] = [];
  for (const g of groups) {
    const group = v.groups[g];
    if (group !== undefined) for (const m of group) out.push(m);
  }
  return out;
}

/**
 * The mentions of a group; a role with no country ("bombers" in an article naming several
 * countries) that is the object of a dispatching verb takes the country of that verb's subject.
 */
function actorMentionsOf(v: SentenceView, groups: readonly number[], finder: ArgumentFinder): ActorMention[] {
  return groups.flatMap((g) => {
    const mentions = v.groups[g] ?? [];
    const first = mentions[0];
    if (mentions.length !== 1 || !first || first.country !== null || first.sector === null) return mentions;
    const owner = mentionsOf(v, finder.dispatcher(v, first.tokens[0])).find((m) => m.country !== null);
    if (!owner?.country) return mentions;
    return [{ ...first, country: owner.country, code: owner.country + first.sector }];
  });
}


/** Reported speech around the event starting at `first` and ending at `last`. */
function speechAround(v: SentenceView, first: number, last: number): Speech | null {
  for (let i = first - 1; i >= 0; i--) {
    const t = v.tokens[i];
    if (!t || t.text === ';') break;
    if (!isSpeechVerb(v, i)) continue;
    let speaker = subjectBefore(v, i, clauseStart(v, i));
    if (!speaker.length) {
      const after = nextGroupStart(v, i + 1);
      if (after >= 0) speaker = [after];
    }
    // "Russia said on Monday it would ...": a pronoun before the event stands for the speaker
    let pronounSubject = false;
    for (let k = i + 1; k < first; k++) if (PERSONAL_PRONOUNS.has(v.tokens[k]?.normal ?? '') && (v.groupAt[k] ?? -1) < 0) pronounSubject = true;
    return {
      speaker,
      floor: i + 1,
      limit: v.tokens.length,
      pronounSubject,
      hedged: HEDGING_SPEECH_VERBS.has(v.lemmas[i] ?? ''),
    };
  }
  // "..., the ministry said." / "..., said the ministry" / "according to X"
  for (let i = last + 1; i < v.tokens.length; i++) {
    const t = v.tokens[i];
    if (!t) break;
    if (t.text !== ',') continue;
    for (let j = i + 1; j < Math.min(v.tokens.length, i + 8); j++) {
      const u = v.tokens[j];
      if (!u) break;
      if (u.normal === 'according' && v.tokens[j + 1]?.normal === 'to') {
        const g = nextGroupStart(v, j + 2);
        return g >= 0 ? { speaker: [g], floor: 0, limit: i, pronounSubject: false, hedged: false } : null;
      }
      if (isSpeechVerb(v, j)) {
        const before = subjectBefore(v, j, i + 1);
        const after = nextGroupStart(v, j + 1);
        const speaker = before.length ? before : after >= 0 ? [after] : [];
        return { speaker, floor: 0, limit: i, pronounSubject: false, hedged: HEDGING_SPEECH_VERBS.has(v.lemmas[j] ?? '') };
      }
    }
    break;
  }
  return null;
}


function search(t: Trigger, limit: number, exclude: ReadonlySet<number>, direct = t.entry.object) {
  return {
    from: t.head + 1,
    own: new Set(t.tokens),
    last: t.last,
    preps: t.entry.preps,
    direct,
    limit: Math.min(limit, t.last + OBJECT_REACH),
    exclude,
  };
}

function subjectOf(v: SentenceView, at: number, floor: number, speech: Speech | null): number[] {
  const found = subjectBefore(v, at, Math.max(floor, speech?.floor ?? 0));
  if (found.length || !speech?.pronounSubject) return found;
  return speech.speaker;
}

/** Source and target of a verb trigger in the active or passive voice. */
function verbActors(v: SentenceView, t: Trigger, first: number, speech: Speech | null, limit: number): Actors {
  const floor = clauseStart(v, first);
  if (isPassive(v, t.head)) {
    const targets = subjectOf(v, first, floor, speech);
    const sources = agentAfter(v, t.last + 1, limit);
    return { sources, targets, voice: 'passive' };
  }
  const sources = subjectOf(v, first, floor, speech);
  const targets = objectAfter(v, search(t, limit, new Set(sources)));
  return { sources, targets, voice: 'active' };
}

/** Source and target of a nominal trigger: "Russia's invasion of Ukraine", "talks between X and Y". */
function nounActors(v: SentenceView, t: Trigger, speech: Speech | null, limit: number, heads: ReadonlySet<number>): Actors {
  let sources: number[] = [];
  const possessor = possessorBefore(v, t.head);
  if (possessor >= 0) sources = [possessor];
  // "the build-up of Russian troops": "of" names the one who acts when it does not name the target
  if (!sources.length && t.entry.ofAgent && v.tokens[t.last + 1]?.normal === 'of') {
    sources = agentAfter(v, t.last + 1, Math.min(limit, t.last + 6), ['of']);
  }
  if (!sources.length) sources = agentAfter(v, t.last + 1, Math.min(limit, t.last + 6), ['by', 'from']);
  const between = v.tokens.findIndex((tok, i) => i > t.last && i <= t.last + 3 && tok.normal === 'between');
  if (!sources.length && between >= 0) {
    const g = nextGroupStart(v, between + 1);
    if (g >= 0) {
      const all = objectAfter(v, { ...search(t, limit, new Set()), from: between, preps: ['between'] });
      // "Egypt launched a mediation effort between Turkey and Syria": a third party acts on both
      const gov = governorBefore(v, t.head);
      const third = !t.entry.symmetric && v.tokens[gov]?.pos === 'VERB' && !isSayVerb(v, gov) && !heads.has(gov)
        ? subjectOf(v, gov, clauseStart(v, gov), speech).filter((s) => !all.includes(s)) : [];
      if (third.length && all.length) return { sources: third, targets: all, voice: 'nominal' };
      if (all.length >= 2) return { sources: [all[0] ?? g], targets: all.slice(1), voice: 'nominal' };
    }
  }
  if (!sources.length) {
    // the noun as the object of a light verb: "Russia has held drills", "the EU announced sanctions"
    let gov = governorBefore(v, t.head);
    // "expressed its rejection and strong condemnation of": the verb governs both nouns
    if (['and', 'or'].includes(v.tokens[gov]?.normal ?? '') && v.tokens[gov - 1]?.pos === 'NOUN') gov = governorBefore(v, gov);
    const govToken = v.tokens[gov];
    if (govToken?.pos === 'VERB' && TOPIC_VERBS.has(v.lemmas[gov] ?? '')) return { sources: [], targets: [], voice: 'nominal' };
    // "would have the drills": the tagger reads a light "have" before its object as an auxiliary
    const lightHave = govToken?.pos === 'AUX' && v.lemmas[gov] === 'have' && v.tokens[gov + 1]?.pos !== 'VERB';
    // "arrived in Minsk on a visit to Russia", "flew to Cairo for talks with": the traveller acts
    const purpose = govToken?.pos === 'ADP' && (govToken.normal === 'on' || govToken.normal === 'for');
    if (purpose && !heads.has(gov)) sources = subjectOf(v, gov, clauseStart(v, gov), speech);
    else if ((govToken?.pos === 'VERB' || lightHave) && !isSayVerb(v, gov) && !heads.has(gov)) {
      // "Denmark announced a suspension of aid": the verb of saying takes the noun as its object,
      // so its subject does the act rather than report it
      const ownSpeech = speech !== null && speech.floor === gov + 1 ? null : speech;
      sources = isPassive(v, gov) ? agentAfter(v, t.last + 1, limit) : subjectOf(v, gov, clauseStart(v, gov), ownSpeech);
    }
  } else if (possessor < 0) {
    // "Iran faces criticism from the UN": the subject of a receiving verb is the target
    const gov = governorBefore(v, t.head);
    if (v.tokens[gov]?.pos === 'VERB' && RECEIVING_VERBS.has(v.lemmas[gov] ?? '')) {
      const receiver = subjectOf(v, gov, clauseStart(v, gov), speech).filter((g) => !sources.includes(g));
      if (receiver.length) return { sources, targets: receiver, voice: 'nominal' };
    }
  }
  const targets = objectAfter(v, search(t, limit, new Set(sources), false));
  return { sources, targets, voice: 'nominal' };
}

function actorsOf(v: SentenceView, t: Trigger, speech: Speech | null, limit: number, heads: ReadonlySet<number>): Actors {
  return t.entry.pos === 'verb' ? verbActors(v, t, t.head, speech, limit) : nounActors(v, t, speech, limit, heads);
}

/**
 * "occupied the West Bank", "seized Kabul", not "occupying the White House": territory is a country
 * or a place; a capital named alone (a name with no entity) stands for its city, a seat of
 * government (the White House, the Kremlin: entity named) or a body for no territory.
 */
function territorial(v: SentenceView, t: Trigger, actors: Actors): Actors {
  if (t.entry.territory !== true) return actors;
  const land = (m: ActorMention): boolean => m.sector === null || (m.via === 'name' && m.entity === null && m.sector === 'GOV');
  return { ...actors, targets: actors.targets.filter((g) => (v.groups[g] ?? []).every(land)) };
}

/** The same actor twice ("accusing the cartel of ... against the cartel") is no event. */
function sameMention(a: ActorMention, b: ActorMention): boolean {
  // "the two countries" is one span for two actors: only the same span with the same code is one actor
  const sameSpan = a.span[0] === b.span[0] && a.span[1] === b.span[1];
  return (sameSpan && (a.code === b.code || a.entity === b.entity && a.entity !== null))
    || (a.code === b.code && a.text.toLowerCase() === b.text.toLowerCase())
    // "Trump visited his golf club": a possessive that stands for the source is the source's own
    || (a.code === b.code && a.entity !== null && a.entity === b.entity && POSSESSIVE_PRONOUNS.has(b.text.toLowerCase()));
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

function emit(
  out: SentenceEvent[], v: SentenceView, finder: ArgumentFinder, code: string, trigger: number[], actors: Actors, symmetric: boolean,
  needsTarget: boolean, base: Omit<SentenceEvent, 'code' | 'trigger' | 'source' | 'target' | 'voice'>, place?: ActorMention,
): void {
  let sources = actorMentionsOf(v, actors.sources, finder).map((m) => withApposition(v, m));
  let targets = place ? [place] : actorMentionsOf(v, actors.targets, finder).map((m) => withApposition(v, m));
  if (symmetric && !targets.length && sources.length >= 2) {
    targets = sources.slice(1);
    sources = sources.slice(0, 1);
  }
  // a meeting or an exercise with no partner named says too little to code
  if (!sources.length || ((needsTarget || symmetric) && !targets.length)) return;
  // An act that needs a target is no event when no target resolves: "a man called Zelenskyy",
  // "so-called Islamophobia" are namings, and an unresolved target would be left out anyway.
  if (needsTarget && targets.every((t) => t.code === '---')) return;
  for (const source of sources) {
    for (const target of targets.length ? targets : [null]) {
      if (target && sameMention(source, target)) continue;
      // Spelt out rather than spread: the spread cost 4% of the coder's time (same keys, same order).
      out.push({ modality: base.modality, attribution: base.attribution, multiword: base.multiword, code, trigger, source, target, voice: actors.voice });
    }
  }
}

/**
 * "Putin, the Russian president, ..." and "the Russian president, Vladimir Putin, ...": a name and
 * a role phrase of the same country set off by commas are one actor; the event's actor spans both,
 * coded as the more specific of the two (the named person). A list ("Russia, China and Iran") names
 * different countries and is left alone.
 */
function withApposition(v: SentenceView, m: ActorMention): ActorMention {
  const [i, j] = m.tokens;
  const g = v.groupAt[i] ?? -1;
  const before = v.tokens[i - 1]?.text === ',' ? v.groupAt[i - 2] ?? -1 : -1;
  const after = v.tokens[j]?.text === ',' ? v.groupAt[j + 1] ?? -1 : -1;
  for (const other of [before, after]) {
    const o = other >= 0 && other !== g ? v.groups[other] : undefined;
    const n = o?.length === 1 ? o[0] : undefined;
    if (!n || n.country === null || n.country !== m.country || (n.via === 'role') === (m.via === 'role')) continue;
    const first = other === before ? n : m;
    const second = other === before ? m : n;
    // the second must close the apposition: a comma, a verb or the end of the clause after it
    const next = v.tokens[second.tokens[1]];
    if (next && next.text !== ',' && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT') continue;
    const named = m.via === 'role' ? n : m;
    const span: [number, number] = [first.span[0], second.span[1]];
    const s = v.sentence;
    return { ...named, text: s.text.slice(span[0] - s.start, span[1] - s.start), span, tokens: [first.tokens[0], second.tokens[1]] };
  }
  return m;
}

/**
 * Longer "sentences" are run-on text (lists, tables, text without punctuation), where the patterns
 * would pair actors across what are really many sentences; real news sentences stay well below.
 */
export const MAX_CODED_TOKENS = 150;

/** The events of one resolved sentence. An unsure match yields nothing rather than a default code. */
export function codeSentence(sentence: ResolvedSentence, finder: ArgumentFinder = windowFinder): SentenceEvent[] {
  if (!sentence.mentions.length || sentence.tokens.length > MAX_CODED_TOKENS) return [];
  const v = viewOf(sentence);
  const blocked = v.groupAt.map((g) => g >= 0);
  const triggers = findTriggers(v.tokens, blocked);
  if (!triggers.length) return [];
  const conditional = isConditionalSentence(v.tokens);
  // "condemned the bombing of": the noun is what the verb is about, not done by its subject
  const heads = new Set(triggers.filter((t) => t.entry.pos === 'verb').map((t) => t.head));
  const out: SentenceEvent[] = [];
  for (const unit of buildUnits(v, triggers, finder)) {
    const { main, governed } = unit;
    const last = governed ? Math.max(main.last, governed.last) : main.last;
    const speech = finder.speech(v, main.head, last);
    const limit = speech?.limit ?? v.tokens.length;
    const floor = finder.clauseStart(v, main.head);
    const attribution = speech ? (mentionsOf(v, speech.speaker)[0] ?? null) : null;
    let modality = modalityAt(v.tokens, main.head, floor, conditional);
    if (modality === 'asserted' && speech?.hedged) modality = 'alleged';
    const trigger = governed ? [...main.tokens, ...governed.tokens] : main.tokens;
    const multiword = trigger.length > 1 || main.code.length > 3;
    const actors = territorial(v, main, finder.actors(v, main, speech, limit, heads));
    // "Egypt said that Qatar must mediate": the speaker asks the subject to act (CAMEO 10x)
    if (speech && speech.floor > 0 && !main.entry.frame && finder.obliged(v, main.head, Math.max(floor, speech.floor))) {
      const speaker = speech.speaker.filter((g) => !actors.sources.includes(g));
      const demanded = combineFrame('demand', '100', unit.code).code ?? '100';
      if (speaker.length && actors.sources.length) {
        emit(out, v, finder, demanded, trigger, { sources: speaker, targets: actors.sources, voice: actors.voice }, false, true, { modality: 'asserted', attribution, multiword: true });
        continue;
      }
    }
    let symmetric = main.entry.symmetric;
    let needsTarget = main.entry.needsTarget;
    let code = unit.code;
    if (governed) {
      // the target of "urged Russia to withdraw" is Russia; of "refused to meet Zelensky", Zelensky
      const inner = territorial(v, governed, finder.actors(v, governed, speech, limit, new Set()));
      const excluded = new Set(actors.sources);
      // "demanded that Iran release the sailors": the one asked is the subject of the complement
      const asked = asking(main) && finder.asksSubject(v, main, governed)
        ? inner.sources.filter((g) => !excluded.has(g)) : [];
      if (!actors.targets.length && asked.length) actors.targets = asked;
      if (!actors.targets.length && main.entry.frame !== 'deny') actors.targets = inner.targets.filter((g) => !excluded.has(g));
      symmetric = symmetric || governed.entry.symmetric;
      needsTarget = main.entry.needsTarget && governed.entry.needsTarget;
      if (unit.governedModality) {
        // the governed event stands too: "accused Russia of massing troops" -> Russia massed troops (alleged)
        const innerSources = main.entry.frame === 'accuse' ? actors.targets : inner.sources.length ? inner.sources : actors.sources;
        const innerActors: Actors = { sources: innerSources, targets: inner.targets.filter((g) => !innerSources.includes(g)), voice: inner.voice };
        const innerCode = governed.code;
        emit(out, v, finder, innerCode, governed.tokens, innerActors, governed.entry.symmetric, governed.entry.needsTarget, {
          modality: modality === 'asserted' ? unit.governedModality : modality, attribution, multiword,
        });
        if (unit.code === innerCode) continue;
        if (main.entry.frame === 'accuse') actors.targets = actors.targets.length ? actors.targets : inner.sources;
        code = unit.code;
      }

    } else if (main.entry.soloCode && !actors.targets.length && mentionsOf(v, actors.sources).length < 2) {
      actors.targets = finder.soloTargets(v, main, limit, new Set(actors.sources));
      code = main.entry.soloCode;
      symmetric = false;
    } else if (!main.entry.frame) {
      const recoded = recodeForModality(code, modality);
      // the refusal is asserted: "will not accept refugees" is a rejection that happened
      if (recoded !== code && modality === 'negated') modality = 'asserted';
      code = recoded;
    }
    if (!governed && main.entry.predicative && finder.predicateAfter(v, main, actors.targets)) code = main.entry.predicative;
    // A struck name no table knows ("shelled Kharkiv": a city, not an actor) leaves room for its place.
    const noTarget = !actors.targets.length || (isViolent(code) && !mentionsOf(v, actors.targets).some((m) => m.code !== '---'));
    if (noTarget && placeIsRecipient(code)) {
      const where = finder.recipientPlace(v, main, governed, limit);
      if (where) {
        emitToPlace(out, v, finder, code, trigger, actors, where, { modality, attribution, multiword });
        continue;
      }
    }
    // "Chile and Peru agreed to share data on the fishery": the sides are each other's partner
    const sides = main.entry.frame === 'intend' && main.entry.preps.includes('with') && !actors.targets.length
      && mentionsOf(v, actors.sources).length >= 2;
    if (sides) symmetric = true;
    if (WIDE_FRAMES.has(main.entry.frame ?? '') && !actors.targets.length && !sides) {
      const excluded = new Set(actors.sources);
      actors.targets = finder.intendedFor(v, main, limit, excluded);
      if (!actors.targets.length && governed) actors.targets = finder.intendedFor(v, governed, limit, excluded);
    }
    emit(out, v, finder, code, trigger, actors, symmetric, needsTarget, { modality, attribution, multiword });
  }
  return dedupe(out);
}

/** "called the minister a liar", "called Britain's envoy a very stupid guy": a noun phrase after the object. */
function predicateAfter(v: SentenceView, _t: Trigger, targets: readonly number[]): boolean {
  const last = targets[targets.length - 1];
  const end = last === undefined ? -1 : v.groups[last]?.[0]?.tokens[1] ?? -1;
  if (end < 0) return false;
  // the object may carry a prepositional phrase of its own ("Britain's ambassador to the United States")
  for (let k = end; k < Math.min(v.tokens.length, end + 6); k++) {
    const t = v.tokens[k];
    if (!t) return false;
    if (t.normal === 'a' || t.normal === 'an') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'on' || t.normal === 'to' && v.tokens[k + 1]?.pos === 'VERB') return false;
  }
  return false;
}

/**
 * Acts whose beneficiary is the land where they happen: aid "for those affected in Yemen",
 * peacekeepers "in South Sudan", a ceasefire "in Libya", troops withdrawn "from Syria". For these a
 * country named as a place stands for the country as the target (CAMEO codes the recipient state).
 * So is a visit or a meeting with no partner named: the host is the place visited. Other acts in a
 * place ("protesters rallied in Bangladesh") keep no target.
 */
function placeIsRecipient(code: string): boolean {
  return code.startsWith('07') || code.startsWith('086') || code.startsWith('087') || code.startsWith('0333') || code.startsWith('0334')
    // a visit or a meeting with no partner named is hosted by the place ("a planned visit to Washington")
    || code.startsWith('04') || code === '125' || code === '036' || isViolent(code);
}

const RECIPIENT_PREPS = new Set(['in', 'to', 'into', 'from', 'for', 'inside', 'throughout', 'across']);

/** A country-level place after the trigger, in its clause, introduced by a place preposition. */
function recipientPlace(v: SentenceView, main: Trigger, governed: Trigger | null, limit: number): PlaceMention | null {
  const last = governed ? Math.max(main.last, governed.last) : main.last;
  // "fighting in Gaza" places the fighting; it does not attack Gaza's country
  if (isViolent((governed ?? main).code)) return struckPlace(v, last);
  const end = Math.min(limit, last + OBJECT_REACH, v.tokens.length);
  for (const p of v.sentence.places ?? []) {
    if (p.country === null || p.tokens[0] <= last || p.tokens[0] >= end) continue;
    let k = p.tokens[0] - 1;
    while (k > last && (v.tokens[k]?.pos === 'DET' || v.tokens[k]?.pos === 'ADJ')) k--;
    if (!RECIPIENT_PREPS.has(v.tokens[k]?.normal ?? '')) continue;
    let crossed = false;
    for (let i = last + 1; i < p.tokens[0]; i++) if (v.boundary[i] === true || v.tokens[i]?.pos === 'VERB' && i > last + 1 && !(v.tokens[i - 1]?.normal === 'to')) crossed = true;
    if (!crossed) return p;
  }
  return null;
}

function emitToPlace(
  out: SentenceEvent[], v: SentenceView, finder: ArgumentFinder, code: string, trigger: number[], actors: Actors, where: PlaceMention,
  base: Omit<SentenceEvent, 'code' | 'trigger' | 'source' | 'target' | 'voice'>,
): void {
  const country = where.country ?? '';
  const target: ActorMention = { text: where.text, span: where.span, code: country, country, sector: null, entity: null, tokens: where.tokens, via: 'name' };
  emit(out, v, finder, code, trigger, { sources: actors.sources, targets: [], voice: actors.voice }, false, false, base, target);
}

const WIDE_FRAMES = new Set(['intend', 'vow', 'threaten', 'reject', 'appeal', 'demand']);

function obliged(v: SentenceView, head: number, floor: number): boolean {
  for (let i = head - 1; i >= Math.max(floor, head - 3); i--) {
    const t = v.tokens[i];
    if (!t) return false;
    if (OBLIGATION_MODALS.has(t.normal)) return true;
    if (t.normal === 'to' && OBLIGATION_VERBS.has(v.lemmas[i - 1] ?? '')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.normal !== 'to') return false;
  }
  return false;
}

function thatBetween(v: SentenceView, main: Trigger, governed: Trigger): boolean {
  for (let i = main.last + 1; i < governed.head; i++) if (v.tokens[i]?.normal === 'that') return true;
  return false;
}

/** Prepositions that name the one an intended act is for ("agreed to open its borders to X"). */
const INTENDED_PREPS = ['to', 'with', 'for', 'into', 'in', 'on', 'from', 'of', 'against'];

/**
 * "France agreed to open its borders to German goods": what is agreed or offered need not be in
 * the lexicon for its object to be the one the intent is about. The search crosses the infinitive.
 */
function intendedFor(v: SentenceView, t: Trigger, limit: number, exclude: ReadonlySet<number>): number[] {
  let k = t.last;
  const strong = t.entry.frame === 'demand';
  if (v.tokens[k + 1]?.normal === 'to' && v.tokens[k + 2]?.pos === 'VERB') k += 2;
  // "demanded that the minister resign": the subject of the complement clause is asked to act;
  // of "suggested that he went", the subject is no one asked
  else if (v.tokens[k + 1]?.normal === 'that' && asking(t)) {
    if (!asksForAct(v.tokens, k + 2, strong)) return [];
    k += 1;
  }
  const own = new Set([...t.tokens, k]);
  const found = objectAfter(v, { from: k + 1, own, last: k, preps: INTENDED_PREPS, direct: true, limit: Math.min(limit, k + OBJECT_REACH), exclude });
  // "suggested he went": the object right after the verb is the subject of a clause that states
  const end = v.groups[found[0] ?? -1]?.[0]?.tokens[1] ?? -1;
  const verb = v.tokens[end];
  if (k === t.last && asking(t) && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !asksForAct(v.tokens, end, strong)) return [];
  return found;
}

function dedupe(events: SentenceEvent[]): SentenceEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    // The spans' two ends written out: the same key as span.join(), without an array join per event.
    const key = `${e.code}|${e.source.span[0]},${e.source.span[1]}|${e.target ? `${e.target.span[0]},${e.target.span[1]}` : ''}|${e.modality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function soloTargets(v: SentenceView, t: Trigger, limit: number, exclude: ReadonlySet<number>): number[] {
  return objectAfter(v, { ...search(t, limit, exclude), preps: ['near', 'off', 'along', 'on', 'at', 'in'] });
}

function dispatcher(v: SentenceView, start: number): number[] {
  const gov = governorBefore(v, start);
  if (v.tokens[gov]?.pos !== 'VERB' || !DISPATCH_VERBS.has(v.lemmas[gov] ?? '')) return [];
  return subjectBefore(v, gov, clauseStart(v, gov));
}

/** Arguments found in word windows around the trigger, bounded by clause words and punctuation. */
export const windowFinder: ArgumentFinder = {
  governed: governedBy,
  speech: speechAround,
  actors: actorsOf,
  clauseStart,
  obliged,
  asksSubject: thatBetween,
  soloTargets,
  intendedFor,
  predicateAfter,
  recipientPlace,
  dispatcher,
};
