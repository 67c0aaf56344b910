/** An actor as the spec prints it in an event's `source` and `target`. */
export interface ActorRef {
  /** The words in the sentence. */
  text: string;
  /** UTF-16 offsets into the article body. */
  span: [number, number];
  /** CAMEO actor code: country + role(s), or an IGO/region code. */
  code: string;
  /** ISO 3166-1 alpha-3 when the actor belongs to one state, else null. */
  country: string | null;
  sector: string | null;
  /** The resolved person or organisation, when there is one. */
  entity: string | null;
}
