import type { Modality, Token } from '../types/index.js';
import { lemmaOf } from './find-triggers.js';

const NEGATORS = new Set(['not', "n't", 'never', 'neither', 'nor', 'without']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'would', 'wo']);
const FUTURE_BEFORE_TO = new Set(['set', 'due', 'expect', 'poise', 'poised', 'schedule', 'about', 'go', 'slate']);
const INTENT_BEFORE_TO = new Set([
  'plan', 'intend', 'want', 'seek', 'aim', 'hope', 'try', 'attempt', 'prepare', 'ready', 'willing', 'wish',
  'consider', 'mull', 'weigh', 'decide', 'eager', 'determine', 'determined', 'look',
]);
const INTENT_GERUND_HEADS = new Set(['consider', 'mull', 'weigh', 'discuss', 'explore']);
const CONDITIONAL = new Set(['could', 'might', 'may']);
const CONDITION_WORDS = new Set(['if', 'unless']);
/** Nouns that make what they introduce hypothetical ("the possibility of Russia attacking"). */
const HYPOTHETICAL_NOUNS = new Set(['possibility', 'prospect', 'risk', 'likelihood', 'chance', 'danger', 'fear', 'spectre', 'specter', 'scenario']);
const HEDGES = new Set(['allegedly', 'reportedly', 'purportedly', 'suspected', 'alleged', 'supposedly']);
/** How far to the left of a trigger its auxiliaries and hedges are looked for. */
const WINDOW = 6;

/** A noun that makes what follows it hypothetical ("the risk of ..."). */
export function isHypotheticalNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && HYPOTHETICAL_NOUNS.has(lemmaOf(t));
}

/** Does the sentence state a condition ("if", "unless")? Then all its events are conditional. */
export function isConditionalSentence(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CONDITION_WORDS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'ADP'));
}

/**
 * The modality of the event whose words start at `first` (the head or the frame verb governing it),
 * read from the few tokens before it (`floor` is the first token of its clause). Negation outranks
 * condition, which outranks hedging, intention and future.
 */
export function modalityAt(tokens: readonly Token[], first: number, floor: number, conditional: boolean): Modality {
  const from = Math.max(floor, first - WINDOW);
  let negated = false;
  let future = false;
  let intended = false;
  let alleged = false;
  let maybe = false;
  for (let i = from; i < first; i++) {
    const t = tokens[i];
    if (!t) continue;
    const lemma = lemmaOf(t);
    const next = tokens[i + 1];
    // "are not endorsing anyone or are supporting Biden", "did not condemn Iran but praised": a
    // new predicate after "but", or after "and"/"or" with its own auxiliary, has its own modality.
    if (t.normal === 'but' || ((t.normal === 'or' || t.normal === 'and') && next?.pos === 'AUX')) {
      negated = future = intended = alleged = maybe = false;
      continue;
    }
    if (NEGATORS.has(t.normal) || (t.normal === 'no' && i === first - 1)) negated = true;
    if (FUTURE_AUX.has(t.normal)) future = true;
    if (CONDITIONAL.has(t.normal)) maybe = true;
    if (HYPOTHETICAL_NOUNS.has(lemma) && (next?.normal === 'of' || next?.normal === 'that')) maybe = true;
    if (HEDGES.has(t.normal)) alleged = true;
    if (next?.normal === 'to' && FUTURE_BEFORE_TO.has(lemma)) future = true;
    if ((next?.normal === 'to' || next?.normal === 'for') && INTENT_BEFORE_TO.has(lemma)) intended = true;
    if (INTENT_GERUND_HEADS.has(lemma) && t.pos === 'VERB') intended = true;
  }
  if (tokens[first - 1]?.normal === 'no' || tokens[first - 2]?.normal === 'no') negated = true;
  if (negated) return 'negated';
  if (conditional || maybe) return 'conditional';
  if (alleged) return 'alleged';
  if (intended) return 'intended';
  if (future) return 'future';
  return 'asserted';
}
