import type { PlaceMention } from '../types/index.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceView } from './pick-actors.js';

/** Reported speech around an event: who says it, and the stretch of the sentence it covers. */
export interface Speech {
  /** Groups (indices into `SentenceView.groups`) of the speaker. */
  speaker: number[];
  /** Subjects of the reported event are looked for after this token (0 when the speech follows it). */
  floor: number;
  /** Targets are looked for before this token. */
  limit: number;
  /** The reported clause's subject is a pronoun that stands for the speaker ("Russia said it would"). */
  pronounSubject: boolean;
  /** Claimed or alleged rather than said. */
  hedged: boolean;
}

/** The actors of one trigger, as groups of the sentence view. */
export interface Actors {
  sources: number[];
  targets: number[];
  voice: 'active' | 'passive' | 'nominal';
}

/**
 * Where the arguments of a trigger are found. The constructions (frames, speech, modality, the
 * events they make) are the same whatever finds the arguments: word windows around the trigger, or
 * the sentence's dependency tree. Each implementation answers the same questions.
 */
export interface ArgumentFinder {
  /** The trigger a wrapping verb governs ("threatened to impose sanctions": impose sanctions). */
  governed(v: SentenceView, frame: Trigger, candidates: readonly Trigger[]): Trigger | null;
  /** Reported speech around the event whose words run from `first` to `last`. */
  speech(v: SentenceView, first: number, last: number): Speech | null;
  /** Source and target of a trigger; `heads` are the heads of verb triggers in the sentence. */
  actors(v: SentenceView, t: Trigger, speech: Speech | null, limit: number, heads: ReadonlySet<number>): Actors;
  /** The first token of the clause of token `at` (for modality). */
  clauseStart(v: SentenceView, at: number): number;
  /** "must withdraw", "has to leave": the predicate at `head` is an obligation. */
  obliged(v: SentenceView, head: number, floor: number): boolean;
  /** "demanded that Iran release the sailors": the governed clause has its own subject, who is asked. */
  asksSubject(v: SentenceView, main: Trigger, governed: Trigger): boolean;
  /** A place-like object of a solo act ("held drills near the border"). */
  soloTargets(v: SentenceView, t: Trigger, limit: number, exclude: ReadonlySet<number>): number[];
  /** The one an intended act is for ("agreed to open its borders to X"). */
  intendedFor(v: SentenceView, t: Trigger, limit: number, exclude: ReadonlySet<number>): number[];
  /** "called the minister a liar": a noun phrase predicated of the object. */
  predicateAfter(v: SentenceView, t: Trigger, targets: readonly number[]): boolean;
  /** A country-level place that receives the act ("aid for those affected in Yemen"). */
  recipientPlace(v: SentenceView, main: Trigger, governed: Trigger | null, limit: number): PlaceMention | null;
  /** "sent bombers to patrol": the subjects of the dispatching verb that governs the mention at `start`, else none. */
  dispatcher(v: SentenceView, start: number): number[];
}
