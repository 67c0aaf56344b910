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
