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
export interface ActorMention {
  text: string;
  /** UTF-16 offsets into the article body. */
  span: [number, number];
  code: string;
  country: string | null;
  sector: string | null;
  entity: string | null;
  /** Token indices within the sentence, end exclusive. */
  tokens: [number, number];
  /** How it was found: a name, a role phrase with a country, or a later reference resolved to an earlier actor. */
  via: 'name' | 'role' | 'coreference';
}

export interface ResolvedSentence extends Sentence {
  mentions: ActorMention[];
}
