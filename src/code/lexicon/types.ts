/**
 * Lexicon entries: the words that trigger a CAMEO event, with what the patterns need to find the
 * actors around them. Written from the CAMEO codebook's meanings, not from any test set; many verbs
 * and verb + object patterns follow PETRARCH-2's CAMEO verb dictionary (MIT), rewritten in this form.
 */

/** How a wrapping verb recodes the event it governs ("threatened to impose sanctions" -> 1312). */
export type Frame = 'threaten' | 'reject' | 'intend' | 'vow' | 'appeal' | 'demand' | 'deny' | 'accuse' | 'order';

export interface LexEntry {
  /** Lemma sequence; the first is the head. Later words may follow the previous one after up to
   * three modifiers ("imposed new economic sanctions"). "|" separates alternatives for one slot. */
  words: readonly string[];
  pos: 'verb' | 'noun';
  /** CAMEO code when nothing more specific applies. */
  code: string;
  /** Prepositions that introduce the target ("sanctions on X", "talks with X"). */
  preps: readonly string[];
  /** The target may be the direct object ("accuse X"). Verbs: true unless said otherwise. */
  object: boolean;
  /** Meet, negotiate, hold exercises: "X and Y met" is one event between X and Y. */
  symmetric: boolean;
  /** Without a target the sentence is not coded (criticise, attack...). */
  needsTarget: boolean;
  /** Code used when a symmetric entry finds no partner ("held drills near the border" -> 150). */
  soloCode?: string;
  /** Words after the trigger that make the code more specific ("accuse ... of corruption" -> 1121). */
  refine?: readonly (readonly [words: string, code: string])[];
  frame?: Frame;
  /** Nouns whose "of" names the one who acts: "the build-up of Russian troops", "the withdrawal of forces". */
  ofAgent?: boolean;
  /** Code when the object is followed by what it is called ("called the minister a liar" -> 112). */
  predicative?: string;
  /** The sense is intransitive: with an object right after it is another verb ("demonstrated
   * hostility", "rallied support" are no protest). */
  intransitive?: boolean;
  /** Only before an infinitive: "ready to talk" is intent, "ready for talks" and "determined
   * that ..." are not; "calls to end the war" an appeal, "a call to Putin" not. */
  infinitive?: boolean;
  /** The verb also names: "a man called Zelenskyy", "a party called X" is no act. */
  naming?: boolean;
  /** The sense needs something after it in its clause: "Biden agrees." shares an opinion,
   * "agreed to talks" commits. */
  complement?: boolean;
  /** The target is territory, a country or a place: "occupied the White House" holds an office. */
  territory?: boolean;
}

export interface EntryOptions {
  preps?: string;
  object?: boolean;
  symmetric?: boolean;
  needsTarget?: boolean;
  soloCode?: string;
  refine?: Record<string, string>;
  frame?: Frame;
  ofAgent?: boolean;
  predicative?: string;
  intransitive?: boolean;
  infinitive?: boolean;
  naming?: boolean;
  complement?: boolean;
  territory?: boolean;
}

function build(pos: LexEntry['pos'], words: string, code: string, o: EntryOptions): LexEntry {
  const entry: LexEntry = {
    words: words.split(' '),
    pos,
    code,
    preps: o.preps ? o.preps.split(' ') : [],
    object: o.object ?? pos === 'verb',
    symmetric: o.symmetric ?? false,
    needsTarget: o.needsTarget ?? false,
  };
  if (o.soloCode !== undefined) entry.soloCode = o.soloCode;
  if (o.refine) entry.refine = Object.entries(o.refine);
  if (o.frame) entry.frame = o.frame;
  if (o.ofAgent) entry.ofAgent = true;
  if (o.predicative !== undefined) entry.predicative = o.predicative;
  if (o.intransitive) entry.intransitive = true;
  if (o.infinitive) entry.infinitive = true;
  if (o.naming) entry.naming = true;
  if (o.complement) entry.complement = true;
  if (o.territory) entry.territory = true;
  return entry;
}

/** A verb entry: `verb('impose sanction|embargo', '163', { preps: 'on against' })`. */
export function verb(words: string, code: string, o: EntryOptions = {}): LexEntry {
  return build('verb', words, code, o);
}

/** A nominal trigger: `noun('sanction', '163', { preps: 'on against' })`. */
export function noun(words: string, code: string, o: EntryOptions = {}): LexEntry {
  return build('noun', words, code, o);
}
