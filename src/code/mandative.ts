import type { Token } from '../types/index.js';

/** Modals that ask for the act ("suggested that Turkey should stay out"). */
const ASKING_MODALS = new Set(['should', 'must', 'shall']);
/** Modals that state or predict it ("suggested that he would run"). */
const STATING_MODALS = new Set(['will', 'would', "'ll", 'wo', 'can', 'could', 'may', 'might', "'d"]);
const STOPS = new Set([';', ':', '.', ',', 'who', 'which', 'whom', 'whose']);
/** How far the clause's verb may be from where the clause starts ("that the leaders of both countries ..."). */
const CLAUSE_REACH = 12;

/**
 * Is the clause starting at `from` one that asks for an act (a mandative: "demanded that Iran
 * release the sailors", "suggested Turkey stay out of Libya", "urged Russia to withdraw") rather
 * than one that states something ("suggested that he went to his golf club", "suggested that the
 * data were wrong")? Read from the form of the clause's first verb: a bare form, an infinitive or a
 * modal of obligation asks; a past tense, a perfect or a modal of prediction states. A present in
 * "-s" asks only after a strong demand (British "demanded that Russia withdraws"). With no verb
 * found before `end` (the tagger may read "release" as a noun) the clause is taken to ask, as
 * before this test.
 */
export function asksForAct(tokens: readonly Token[], from: number, strong: boolean, end = tokens.length): boolean {
  for (let k = from; k < end && k < from + CLAUSE_REACH; k++) {
    const t = tokens[k];
    // a comma or a relative pronoun may open another clause, whose verb says nothing of this one
    if (t === undefined || STOPS.has(t.normal)) break;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (ASKING_MODALS.has(t.normal)) return true;
    if (STATING_MODALS.has(t.normal)) return false;
    const lemma = t.lemma.toLowerCase();
    if (t.normal.endsWith('ing')) return true;
    if (t.normal === lemma) {
      // "suggested that they have left": a perfect states
      return !(lemma === 'have' && isParticiple(tokens[k + 1]));
    }
    return strong && isPresentS(t.normal, lemma);
  }
  return true;
}

function isPresentS(form: string, lemma: string): boolean {
  return form === 'is' || form === 'are' || form === 'has' || form === 'does' || form === `${lemma}s` || form === `${lemma}es`
    || (lemma.endsWith('y') && form === `${lemma.slice(0, -1)}ies`);
}

function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && t.normal !== t.lemma.toLowerCase() && !t.normal.endsWith('ing');
}
