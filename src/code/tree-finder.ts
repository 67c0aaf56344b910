import type { PlaceMention } from '../types/index.js';
import type { Actors, ArgumentFinder, Speech } from './argument-finder.js';
import {
  AGENT_PARTICIPLES, DISPATCH_VERBS, HEDGING_SPEECH_VERBS, OBLIGATION_MODALS, OBLIGATION_VERBS, PART_NOUNS, PERSONAL_PRONOUNS,
  RECEIVING_VERBS, SPEECH_VERBS, SUBJECT_CONTROL_VERBS, TOPIC_VERBS, TRANSPARENT_GERUNDS, TRANSPARENT_VERBS,
} from './english.js';
import type { Trigger } from './find-triggers.js';
import { isHypotheticalNoun } from './modality.js';
import { isViolent, struckPlace } from './struck-place.js';
import type { SentenceView } from './pick-actors.js';

/**
 * Arguments read off the sentence's dependency tree (Universal Dependencies relations): subjects,
 * objects, obliques with their prepositions, passive subjects as targets and `obl:agent` as
 * sources, conjuncts as one actor each, controllers of infinitives, antecedents of relative clauses.
 */

interface Tree {
  head: number[];
  rel: string[];
  children: number[][];
}

const trees = new WeakMap<SentenceView, Tree>();

function treeOf(v: SentenceView): Tree {
  let tree = trees.get(v);
  if (tree) return tree;
  const n = v.tokens.length;
  const head: number[] = [];
  const rel: string[] = [];
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const t = v.tokens[i];
    const h = t?.head ?? -1;
    head.push(h >= 0 && h < n && h !== i ? h : -1);
    rel.push(t?.rel ?? 'dep');
    if (h >= 0 && h < n && h !== i) children[h]?.push(i);
  }
  tree = { head, rel, children };
  trees.set(v, tree);
  return tree;
}

/** Relations whose children are reached as one argument ("nsubj:pass" is a kind of "nsubj"). */
function base(rel: string): string {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
}

function kids(tr: Tree, i: number, rels: readonly string[]): number[] {
  return (tr.children[i] ?? []).filter((c) => rels.includes(tr.rel[c] ?? ''));
}

/** The preposition of a nominal: its `case` child ("on" in "sanctions on Belarus"), with a fixed second word. */
function caseOf(v: SentenceView, tr: Tree, i: number): string {
  for (const c of tr.children[i] ?? []) {
    if (tr.rel[c] !== 'case') continue;
    const fixed = kids(tr, c, ['fixed'])[0];
    const word = v.tokens[c]?.normal ?? '';
    return fixed === undefined ? word : `${word} ${v.tokens[fixed]?.normal ?? ''}`;
  }
  return '';
}

function lemma(v: SentenceView, i: number): string {
  return v.lemmas[i] ?? '';
}

function isVerb(v: SentenceView, i: number): boolean {
  const pos = v.tokens[i]?.pos;
  return pos === 'VERB' || pos === 'AUX';
}

/** The token of a group's mention whose head lies outside the mention: where the tree reaches it. */
function groupHead(v: SentenceView, tr: Tree, g: number): number {
  const m = v.groups[g]?.[0];
  if (!m) return -1;
  const [a, b] = m.tokens;
  for (let k = a; k < b; k++) {
    const h = tr.head[k] ?? -1;
    if (h < a || h >= b) return k;
  }
  return a;
}

/** Prepositions of a part's owner ("some of the rebels", "officials from Iran"). */
const PART_CASES = new Set(['of', 'from']);
/** Relations inside a noun phrase that may name the actor the phrase stands for. */
const INNER_RELS = new Set(['compound', 'amod', 'nmod:poss', 'flat', 'nmod']);

/** The group a node stands for: its own mention, or one inside its phrase ("the Russian side", "dozens of protesters"). */
function groupOfNode(v: SentenceView, tr: Tree, d: number): number {
  const own = v.groupAt[d] ?? -1;
  if (own >= 0) return own;
  for (const c of tr.children[d] ?? []) {
    const rel = tr.rel[c] ?? '';
    if (!INNER_RELS.has(rel)) continue;
    if (rel === 'nmod' && !(PART_CASES.has(caseOf(v, tr, c)) && PART_NOUNS.has(lemma(v, d)))) continue;
    const g = v.groupAt[c] ?? -1;
    if (g >= 0) return g;
    // "dozens of Syrian troops": the mention may sit one level further down the phrase
    if (rel === 'nmod') {
      const inner = groupOfNode(v, tr, c);
      if (inner >= 0) return inner;
    }
  }
  return -1;
}

/** The groups of a node and of its conjuncts ("Russia and China", "Russia, along with Iran"). */
function groupsOfNode(v: SentenceView, tr: Tree, d: number, depth = 0): number[] {
  const out: number[] = [];
  const g = groupOfNode(v, tr, d);
  if (g >= 0) out.push(g);
  if (depth > 6) return out;
  for (const c of tr.children[d] ?? []) {
    const rel = tr.rel[c] ?? '';
    const companion = base(rel) === 'nmod' || base(rel) === 'obl' ? /^(along with|together with|alongside)$/.test(caseOf(v, tr, c)) : false;
    if (rel !== 'conj' && !companion) continue;
    for (const h of groupsOfNode(v, tr, c, depth + 1)) if (!out.includes(h)) out.push(h);
  }
  // "U.S. and British forces": the mention's own head token may carry the conjuncts
  if (g >= 0) {
    const h = groupHead(v, tr, g);
    if (h !== d && h >= 0) for (const c of kids(tr, h, ['conj'])) for (const k of groupsOfNode(v, tr, c, depth + 1)) if (!out.includes(k)) out.push(k);
  }
  return out;
}

function isPassive(tr: Tree, p: number): boolean {
  return (tr.children[p] ?? []).some((c) => tr.rel[c] === 'nsubj:pass' || tr.rel[c] === 'aux:pass');
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

interface Subjects {
  groups: number[];
  /** The subject is a personal pronoun with no actor ("it", "they"). */
  pronoun: boolean;
}

/** Subjects of predicate `p`: its own, else its controller's, its antecedent's or its first conjunct's. */
function subjectsOf(v: SentenceView, tr: Tree, p: number, depth = 0): Subjects {
  const none = { groups: [], pronoun: false };
  if (p < 0 || depth > 5) return none;
  const rel = tr.rel[p] ?? '';
  const up = tr.head[p] ?? -1;
  // the subject nearest the verb on its left, one that names an actor first (a parse may give two)
  const subjects = (tr.children[p] ?? []).filter((c) => base(tr.rel[c] ?? '') === 'nsubj').sort((a, b) => (a < p ? p - a : 1000 + a) - (b < p ? p - b : 1000 + b));
  const subject = subjects.find((c) => groupOfNode(v, tr, c) >= 0) ?? subjects[0];
  if (subject !== undefined) {
    if (rel === 'acl:relcl' && RELATIVE_PRONOUNS.has(v.tokens[subject]?.normal ?? '')) return { groups: groupsOfNode(v, tr, up), pronoun: false };
    const groups = groupsOfNode(v, tr, subject);
    return { groups, pronoun: !groups.length && PERSONAL_PRONOUNS.has(v.tokens[subject]?.normal ?? '') };
  }
  if (up < 0) return none;
  switch (base(rel)) {
    case 'acl':
      // "Putin, who met ..." (relcl without a pronoun subject) and "troops attacking the city"
      return rel === 'acl:relcl' || v.tokens[p]?.normal.endsWith('ing') ? { groups: groupsOfNode(v, tr, up), pronoun: false } : none;
    case 'xcomp': {
      // "urged Russia to withdraw": the object does it; "promised to withdraw": the subject does
      const object = kids(tr, up, ['obj', 'iobj'])[0];
      if (object !== undefined && !SUBJECT_CONTROL_VERBS.has(lemma(v, up))) return { groups: groupsOfNode(v, tr, object), pronoun: false };
      return subjectsOf(v, tr, up, depth + 1);
    }
    case 'conj':
      // "met Putin and signed a deal": conjoined predicates share their subject
      return isVerb(v, up) ? subjectsOf(v, tr, up, depth + 1) : none;
    case 'advcl':
      // "..., accusing Russia of ...": a participle clause without a subject has the main one's
      return /(?:ing|ed)$/.test(v.tokens[p]?.normal ?? '') && !kids(tr, p, ['mark']).length ? subjectsOf(v, tr, up, depth + 1) : none;
    default:
      return none;
  }
}

/**
 * The agents of a passive predicate or of an event noun: "by X" (and "from X" for nouns). A by-phrase
 * the parser hung on an oblique of the predicate ("attacked near the town by troops") counts too.
 */
function agentsOf(v: SentenceView, tr: Tree, p: number, cases: readonly string[] = ['by'], depth = 0): number[] {
  for (const c of tr.children[p] ?? []) {
    const rel = tr.rel[c] ?? '';
    if (rel === 'obl:agent' || ((base(rel) === 'obl' || base(rel) === 'nmod') && cases.includes(caseOf(v, tr, c)))) {
      const groups = groupsOfNode(v, tr, c);
      if (groups.length) return groups;
    }
  }
  if (depth > 0) return [];
  for (const c of tr.children[p] ?? []) {
    if (base(tr.rel[c] ?? '') !== 'obl' || (v.groupAt[c] ?? -1) >= 0) continue;
    const deeper = agentsOf(v, tr, c, cases, depth + 1);
    if (deeper.length) return deeper;
  }
  return [];
}

/**
 * The target of a trigger: its indirect or direct object (when `direct`), else the first nominal
 * introduced by one of `preps`, searched on every word of the trigger (and on `also`, a light verb
 * that carries the noun: "imposed sanctions on Belarus").
 */
function objectsOf(v: SentenceView, tr: Tree, own: readonly number[], preps: readonly string[], direct: boolean, exclude: ReadonlySet<number>): number[] {
  const keep = (groups: number[]): number[] => groups.filter((g) => !exclude.has(g));
  if (direct) {
    // "summoned the Chinese ambassador": a word of the trigger is itself the actor acted upon
    for (const k of own) {
      const g = k === own[0] ? -1 : v.groupAt[k] ?? -1;
      if (g >= 0 && !exclude.has(g)) return [g];
    }
    for (const rel of ['iobj', 'obj']) {
      for (const k of own) {
        for (const c of kids(tr, k, [rel])) {
          if (own.includes(c)) continue;
          const found = keep(groupsOfNode(v, tr, c));
          if (found.length) return found;
          // "condemned the killing of X", "denounced the decision by X": the object's owner
          for (const d of tr.children[c] ?? []) {
            if (base(tr.rel[d] ?? '') === 'nmod' && ['of', 'by', 'from'].includes(caseOf(v, tr, d))) {
              const inner = keep(groupsOfNode(v, tr, d));
              if (inner.length) return inner;
            }
          }
        }
      }
    }
  }
  const candidates: number[] = [];
  // "provided $2 million in assistance to Fiji": a prepositional phrase of an oblique that names no actor
  const reach = (k: number, depth: number): void => {
    for (const c of tr.children[k] ?? []) {
      const rel = base(tr.rel[c] ?? '');
      if (own.includes(c) || (rel !== 'obl' && rel !== 'nmod')) continue;
      if (preps.includes(caseOf(v, tr, c))) candidates.push(c);
      else if (depth === 0 && (v.groupAt[c] ?? -1) < 0) reach(c, 1);
    }
  };
  for (const k of own) reach(k, 0);
  candidates.sort((a, b) => a - b);
  for (const c of candidates) {
    const found = keep(groupsOfNode(v, tr, c));
    if (found.length) return found;
  }
  return [];
}

/** The actor that owns an event noun: "Russia's invasion", "Russian attacks", "the EU sanctions", "a Saudi-led strike". */
function possessorOf(v: SentenceView, tr: Tree, n: number): number[] {
  for (const c of tr.children[n] ?? []) {
    const rel = tr.rel[c] ?? '';
    if (rel === 'nmod:poss') return groupsOfNode(v, tr, c);
  }
  for (const c of tr.children[n] ?? []) {
    const rel = tr.rel[c] ?? '';
    if (c > n || (rel !== 'amod' && rel !== 'compound' && rel !== 'nmod')) continue;
    const g = v.groupAt[c] ?? -1;
    if (g >= 0 && rel !== 'nmod') return [g];
    // "a Saudi-led strike": the participle's own dependent leads it
    if (AGENT_PARTICIPLES.has(v.tokens[c]?.normal ?? '') || AGENT_PARTICIPLES.has(lemma(v, c))) {
      for (const d of tr.children[c] ?? []) {
        const h = v.groupAt[d] ?? -1;
        if (h >= 0) return [h];
      }
    }
  }
  // "a Saudi-led strike" written as one token
  for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
    const g = v.groupAt[k] ?? -1;
    if (g >= 0 && /-(led|backed|claimed|launched|sponsored|organi[sz]ed)$/.test(v.tokens[k]?.normal ?? '')) return [g];
  }
  return [];
}

function verbActors(v: SentenceView, tr: Tree, t: Trigger, speech: Speech | null): Actors {
  const p = t.head;
  const subject = subjectsOf(v, tr, p);
  const subjects = !subject.groups.length && subject.pronoun && speech ? speech.speaker : subject.groups;
  if (isPassive(tr, p)) return { sources: agentsOf(v, tr, p), targets: subjects, voice: 'passive' };
  // "troops stationed in the city", "the envoy expelled by Russia": a past participle on a noun is passive
  if (tr.rel[p] === 'acl' && v.tokens[p]?.normal.endsWith('ed')) {
    return { sources: agentsOf(v, tr, p), targets: groupsOfNode(v, tr, tr.head[p] ?? -1), voice: 'passive' };
  }
  const exclude = new Set(subjects);
  return { sources: subjects, targets: objectsOf(v, tr, t.tokens, t.entry.preps, t.entry.object, exclude), voice: 'active' };
}

function nounActors(v: SentenceView, tr: Tree, t: Trigger, speech: Speech | null, heads: ReadonlySet<number>): Actors {
  const n = t.head;
  const none: Actors = { sources: [], targets: [], voice: 'nominal' };
  let sources = possessorOf(v, tr, n);
  const owned = sources.length > 0;
  if (!sources.length && t.entry.ofAgent) sources = agentsOf(v, tr, n, ['of']);
  if (!sources.length) sources = agentsOf(v, tr, n, ['by', 'from']);
  // "talks between Turkey and Syria", "a mediation effort between them" by a third party
  const between = (tr.children[n] ?? []).find((c) => base(tr.rel[c] ?? '') === 'nmod' && caseOf(v, tr, c) === 'between');
  if (!sources.length && between !== undefined) {
    const all = groupsOfNode(v, tr, between);
    const gov = tr.head[n] ?? -1;
    const third = !t.entry.symmetric && gov >= 0 && v.tokens[gov]?.pos === 'VERB' && !SAY.has(lemma(v, gov)) && !heads.has(gov)
      ? subjectsOf(v, tr, gov).groups.filter((g) => !all.includes(g)) : [];
    if (third.length && all.length) return { sources: third, targets: all, voice: 'nominal' };
    if (all.length >= 2) return { sources: all.slice(0, 1), targets: all.slice(1), voice: 'nominal' };
  }
  // the noun's place in the clause: the object of a light verb, the subject of a passive, a purpose
  let node = n;
  if (tr.rel[node] === 'conj' && v.tokens[tr.head[node] ?? -1]?.pos === 'NOUN') node = tr.head[node] ?? node;
  const gov = tr.head[node] ?? -1;
  const rel = tr.rel[node] ?? '';
  const carriers: number[] = [];
  if (!sources.length && gov >= 0) {
    if (TOPIC_VERBS.has(lemma(v, gov)) && isVerb(v, gov)) return none;
    const purpose = (base(rel) === 'obl' || base(rel) === 'nmod') && ['on', 'for'].includes(caseOf(v, tr, node));
    if (purpose && isVerb(v, gov) && !heads.has(gov)) sources = subjectsOf(v, tr, gov).groups;
    else if (rel === 'obj' && RECEIVING_VERBS.has(lemma(v, gov))) {
      // "Iran faces criticism from the UN", with "from the UN" hung on the verb
      const giver = agentsOf(v, tr, gov, ['by', 'from']);
      const receiver = subjectsOf(v, tr, gov).groups.filter((g) => !giver.includes(g));
      if (giver.length && receiver.length) return { sources: giver, targets: receiver, voice: 'nominal' };
      return none;
    } else if ((rel === 'obj' || rel === 'nsubj:pass') && isVerb(v, gov) && !SAY.has(lemma(v, gov)) && !heads.has(gov)) {
      // "Denmark announced a suspension of aid", "sanctions were imposed by the EU"
      const subject = subjectsOf(v, tr, gov);
      sources = isPassive(tr, gov) ? agentsOf(v, tr, gov) : subject.groups.length || !speech ? subject.groups : speech.speaker;
      carriers.push(gov);
    }
  } else if (!owned && gov >= 0 && rel === 'obj' && RECEIVING_VERBS.has(lemma(v, gov))) {
    // "Iran faces criticism from the UN": the subject of a receiving verb is the target
    const receiver = subjectsOf(v, tr, gov).groups.filter((g) => !sources.includes(g));
    if (receiver.length) return { sources, targets: receiver, voice: 'nominal' };
  }
  if (!sources.length) return none;
  const targets = objectsOf(v, tr, [...t.tokens, ...carriers], t.entry.preps, false, new Set(sources));
  return { sources, targets, voice: 'nominal' };
}

/** Verbs of saying that introduce a clause but never carry an event noun as their object. */
const SAY = new Set(['say', 'tell']);

/** Relations along which a wrapping verb reaches the event it governs. */
const GOVERNING_RELS = new Set(['xcomp', 'ccomp', 'obj', 'obl', 'advcl', 'nmod', 'acl']);

function governed(v: SentenceView, f: Trigger, candidates: readonly Trigger[]): Trigger | null {
  const tr = treeOf(v);
  let best: Trigger | null = null;
  let bestDepth = Infinity;
  for (const t of candidates) {
    if (t === f || f.tokens.includes(t.head)) continue;
    let cur = t.head;
    for (let depth = 1; depth <= 4; depth++) {
      const up = tr.head[cur] ?? -1;
      if (up < 0 || !GOVERNING_RELS.has(base(tr.rel[cur] ?? ''))) break;
      if (f.tokens.includes(up)) {
        if (depth < bestDepth || (depth === bestDepth && best && Math.abs(t.head - f.head) < Math.abs(best.head - f.head))) {
          best = t;
          bestDepth = depth;
        }
        break;
      }
      // "warned of the risk of Iran attacking": the event is only possible, not what is warned of
      const tok = v.tokens[up];
      if (!tok || isHypotheticalNoun(tok)) break;
      if (tok.pos === 'VERB' && !TRANSPARENT_VERBS.has(lemma(v, up)) && !TRANSPARENT_GERUNDS.has(lemma(v, up))) break;
      cur = up;
    }
  }
  return best;
}

/** Clause relations through which an event is reported by the verb above it. */
const REPORTED_RELS = new Set(['ccomp', 'parataxis']);
/** Relations that keep an event inside the clause of the predicate above it. */
const CLAUSE_RELS = new Set(['conj', 'xcomp', 'obj', 'obl', 'nmod', 'acl', 'advcl']);

function speakerOf(v: SentenceView, tr: Tree, s: number, event: number): Speech {
  const speaker = isPassive(tr, s) ? agentsOf(v, tr, s) : subjectsOf(v, tr, s).groups;
  return { speaker, floor: s < event ? s + 1 : 0, limit: v.tokens.length, pronounSubject: true, hedged: HEDGING_SPEECH_VERBS.has(lemma(v, s)) };
}

function isSpeech(v: SentenceView, i: number): boolean {
  return v.tokens[i]?.pos === 'VERB' && SPEECH_VERBS.has(lemma(v, i));
}

function speech(v: SentenceView, first: number): Speech | null {
  const tr = treeOf(v);
  let cur = first;
  for (let depth = 0; depth < 6 && cur >= 0; depth++) {
    // "..., the ministry said", "according to the ministry": attached to the event's clause
    for (const c of tr.children[cur] ?? []) {
      const rel = tr.rel[c] ?? '';
      if (rel === 'parataxis' && isSpeech(v, c)) return speakerOf(v, tr, c, first);
      if (base(rel) === 'obl' && caseOf(v, tr, c) === 'according to') {
        const groups = groupsOfNode(v, tr, c);
        if (groups.length) return { speaker: groups, floor: 0, limit: v.tokens.length, pronounSubject: false, hedged: false };
      }
    }
    const up = tr.head[cur] ?? -1;
    if (up < 0) return null;
    const rel = tr.rel[cur] ?? '';
    // "Russia said it would ...", "the ministry said Russia attacked"
    if (REPORTED_RELS.has(base(rel)) && isSpeech(v, up)) return speakerOf(v, tr, up, first);
    if (!CLAUSE_RELS.has(base(rel)) && !REPORTED_RELS.has(base(rel))) return null;
    cur = up;
  }
  return null;
}

function obliged(v: SentenceView, head: number): boolean {
  const tr = treeOf(v);
  if (kids(tr, head, ['aux']).some((a) => OBLIGATION_MODALS.has(v.tokens[a]?.normal ?? ''))) return true;
  const up = tr.head[head] ?? -1;
  return tr.rel[head] === 'xcomp' && up >= 0 && OBLIGATION_VERBS.has(lemma(v, up));
}

/** Prepositions that name the one an intended act is for ("agreed to open its borders to X"). */
const INTENDED_PREPS = ['to', 'with', 'for', 'into', 'in', 'on', 'from', 'of', 'against'];

function intendedFor(v: SentenceView, t: Trigger, _limit: number, exclude: ReadonlySet<number>): number[] {
  const tr = treeOf(v);
  // "agreed to open its borders to X", "demanded that the minister resign": the complement's arguments
  for (const c of kids(tr, t.head, ['xcomp', 'ccomp'])) {
    if (base(tr.rel[c] ?? '') === 'ccomp' && t.entry.frame !== 'demand' && t.entry.frame !== 'appeal') continue;
    const subject = base(tr.rel[c] ?? '') === 'ccomp' ? subjectsOf(v, tr, c).groups.filter((g) => !exclude.has(g)) : [];
    if (subject.length) return subject;
    const found = objectsOf(v, tr, [c], INTENDED_PREPS, true, exclude);
    if (found.length) return found;
  }
  return objectsOf(v, tr, t.tokens, INTENDED_PREPS, true, exclude);
}

const RECIPIENT_PREPS = new Set(['in', 'to', 'into', 'from', 'for', 'inside', 'throughout', 'across']);

function recipientPlace(v: SentenceView, main: Trigger, gov: Trigger | null, _limit: number): PlaceMention | null {
  // a violent act strikes its object's place, as in the window finder; "fighting in Gaza" strikes none
  if (isViolent((gov ?? main).code)) return struckPlace(v, gov ? Math.max(main.last, gov.last) : main.last);
  const tr = treeOf(v);
  const own = gov ? [...main.tokens, ...gov.tokens] : main.tokens;
  for (const p of v.sentence.places ?? []) {
    if (p.country === null) continue;
    let node = p.tokens[0];
    for (let k = p.tokens[0]; k < p.tokens[1]; k++) {
      const h = tr.head[k] ?? -1;
      if (h < p.tokens[0] || h >= p.tokens[1]) node = k;
    }
    if (!RECIPIENT_PREPS.has(caseOf(v, tr, node))) continue;
    // the place hangs on a trigger word, or on a noun that hangs on it ("aid for those affected in Yemen")
    for (let up = tr.head[node] ?? -1, depth = 0; up >= 0 && depth < 3; up = tr.head[up] ?? -1, depth++) {
      if (own.includes(up)) return p;
      if (isVerb(v, up) && !own.includes(up) && depth > 0) break;
    }
  }
  return null;
}

function dispatcher(v: SentenceView, start: number): number[] {
  const tr = treeOf(v);
  const g = v.groupAt[start] ?? -1;
  const node = g >= 0 ? groupHead(v, tr, g) : start;
  const gov = tr.head[node] ?? -1;
  if (gov < 0 || tr.rel[node] !== 'obj' || !DISPATCH_VERBS.has(lemma(v, gov))) return [];
  return subjectsOf(v, tr, gov).groups;
}

/** The clause of token `at`: from the leftmost word of the predicate's subtree that governs it. */
function clauseStart(v: SentenceView, at: number): number {
  const tr = treeOf(v);
  let clause = at;
  while ((tr.head[clause] ?? -1) >= 0 && !['ccomp', 'advcl', 'parataxis', 'acl:relcl', 'root', 'conj', 'csubj'].includes(tr.rel[clause] ?? '')) {
    clause = tr.head[clause] ?? -1;
  }
  let left = clause;
  const stack = [clause];
  while (stack.length) {
    const k = stack.pop() ?? -1;
    if (k < left) left = k;
    for (const c of tr.children[k] ?? []) {
      const rel = tr.rel[c] ?? '';
      if (c < at && !['ccomp', 'advcl', 'parataxis', 'acl:relcl', 'conj'].includes(rel)) stack.push(c);
    }
  }
  return Math.max(0, left);
}

export const treeFinder: ArgumentFinder = {
  governed,
  speech: (v, first) => speech(v, first),
  actors: (v, t, sp, _limit, heads) => {
    const tr = treeOf(v);
    return t.entry.pos === 'verb' ? verbActors(v, tr, t, sp) : nounActors(v, tr, t, sp, heads);
  },
  clauseStart,
  obliged: (v, head) => obliged(v, head),
  asksSubject: (v, _main, gov) => {
    const tr = treeOf(v);
    return base(tr.rel[gov.head] ?? '') === 'ccomp' && (tr.children[gov.head] ?? []).some((c) => base(tr.rel[c] ?? '') === 'nsubj');
  },
  soloTargets: (v, t, _limit, exclude) => objectsOf(v, treeOf(v), t.tokens, ['near', 'off', 'along', 'on', 'at', 'in'], true, exclude),
  intendedFor,
  predicateAfter: (v, t) => {
    const tr = treeOf(v);
    return kids(tr, t.head, ['xcomp']).some((c) => v.tokens[c]?.pos === 'NOUN');
  },
  recipientPlace,
  dispatcher,
};

/**
 * The tree where it finds an argument, the word windows where it finds none: the parser trained on
 * web text misreads some news sentences, and a missing subject there is more often a parse error
 * than a sentence without one.
 */
export function withFallback(primary: ArgumentFinder, fallback: ArgumentFinder): ArgumentFinder {
  return {
    ...primary,
    governed: (v, f, candidates) => primary.governed(v, f, candidates) ?? fallback.governed(v, f, candidates),
    speech: (v, first, last) => primary.speech(v, first, last) ?? fallback.speech(v, first, last),
    actors: (v, t, sp, limit, heads) => {
      const found = primary.actors(v, t, sp, limit, heads);
      if (found.sources.length && found.targets.length) return found;
      const other = fallback.actors(v, t, sp, limit, heads);
      if (!found.sources.length) return other;
      return { ...found, targets: other.targets.filter((g) => !found.sources.includes(g)) };
    },
  };
}
