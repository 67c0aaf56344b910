import type { ActorRef } from './actor.js';
import type { Article } from './article.js';

/** A token with UTF-16 offsets into the article body. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, ...). */
  pos: string;
  lemma: string;
  /** Lower-cased, normalised form. */
  normal: string;
  /** Index of the head token within the same sentence (0-based); -1 for the root. */
  head: number;
  /** Universal Dependencies relation with its subtype (nsubj, obl:agent, nsubj:pass, compound:prt, root, ...). */
  rel: string;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
}

/** A resolved actor mention in a sentence: the spec's ActorRef plus where it sits among the tokens. */
export interface ActorMention extends ActorRef {
  /** Token indices within the sentence, end exclusive. */
  tokens: [number, number];
  /** How it was found: a name, a role phrase with a country, or a later reference resolved to an earlier actor. */
  via: 'name' | 'role' | 'coreference';
}

/** A place named in a sentence ("in St. Petersburg", "to Moscow"), not an actor there. */
export interface PlaceMention {
  text: string;
  /** UTF-16 offsets into the article body. */
  span: [number, number];
  /** Token indices within the sentence, end exclusive. */
  tokens: [number, number];
  /** ISO3 when the actor dictionary knows the name (a capital, a country), else null. */
  country: string | null;
}

export interface ResolvedSentence extends Sentence {
  mentions: ActorMention[];
  /** Places named after a place preposition (set by resolveActors). */
  places?: PlaceMention[];
  /** Sports or entertainment ("Brazil beat Argentina 2-1"): not news about the actors named. */
  discard?: boolean;
}
