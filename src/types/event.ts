import type { ActorRef } from './actor.js';

export type Modality = 'asserted' | 'negated' | 'future' | 'intended' | 'conditional' | 'alleged';
export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';
export type QuadClass = 1 | 2 | 3 | 4;

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY depending on precision. */
  value: string;
  precision: DatePrecision;
  /** The words the date came from; absent when the date is the publication date by default. */
  text?: string | null;
}

export interface EventLocation {
  text: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PloverCoding {
  event: string | null;
  mode: string | null;
  context: string[];
}

export interface EventAction {
  text: string;
  cameo: string;
  plover: PloverCoding;
  goldstein: number;
  quad: QuadClass;
}

export interface EventSentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Event {
  kind?: 'event';
  id: string;
  article: string;
  sentence: EventSentence;
  source: ActorRef;
  target: ActorRef | null;
  action: EventAction;
  modality: Modality;
  attribution: { speaker: string } | null;
  date: ResolvedDate | null;
  location: EventLocation | null;
  confidence: number;
}

export interface Quote {
  kind: 'quote';
  article: string;
  speaker: { text: string; code: string | null } | null;
  text: string;
  span: [number, number];
}

export interface Quantity {
  kind: 'quantity';
  article: string;
  value: number;
  unit: string;
  what: string | null;
  change: 'increase' | 'decrease' | null;
  text: string;
  span: [number, number];
  date: ResolvedDate | null;
}

/** What coding one article yields. */
export interface CodedArticle {
  events: Event[];
  quotes: Quote[];
  quantities: Quantity[];
}

/** One report of an event: which article and sentence it came from. */
export interface Evidence {
  article: string;
  /** The reporting article's URL and title, for a reader following the evidence. Extension of the spec. */
  url: string | null;
  title: string | null;
  published: string | null;
  /** The mention's own event id (the Event.id that `dyad code` printed for it). */
  event: string;
  sentence: EventSentence;
}

/**
 * An event read back from the store: one record per real-world event, merged across the sentences
 * and articles that report it. `sentence` and `article` hold the first report.
 */
export interface MergedEvent extends Event {
  /** How many sentences report it, and in how many articles. */
  mentions: number;
  articles: number;
  evidence: Evidence[];
  /** Dated well before the article that reports it: history, not news. Extension of the spec. */
  background: boolean;
}
