import { annotate } from './annotate/index.js';
import type { ArgumentFinder } from './code/argument-finder.js';
import { codeSentences } from './code/code-sentences.js';
import { MAX_CODED_TOKENS } from './code/patterns.js';
import { inputError } from './errors.js';
import { extractArticle } from './extract/extract-article.js';
import { hasProse } from './has-prose.js';
import { MAX_EVENTS, overLimitError } from './io/limits.js';
import { defaultActorDictionary } from './knowledge/actor-dictionary.js';
import type { ActorDictionary } from './knowledge/types.js';
import { resolveActors } from './resolve/index.js';
import type { AnnotatedArticle, Article, CodedArticle, RawDocument } from './types/index.js';

export interface ProcessOptions {
  /** Publication date for documents that lack one (YYYY-MM-DD): from the user or a feed. */
  published?: string | null;
  /** The actors to resolve names against; the built-in dictionary by default. */
  dictionary?: ActorDictionary | undefined;
  /** Where the coder finds the arguments of its triggers; for comparing finders. */
  finder?: ArgumentFinder | undefined;
  /** Most events one document may yield; tests lower it. Default MAX_EVENTS. */
  maxEvents?: number;
}

let builtIn: ActorDictionary | null = null;

/**
 * The whole pure pipeline for one document: extract the article, then code its events. A document
 * without prose (a password file, a table, code) is refused, so that it is never stored as an article.
 */
export function processDocument(doc: RawDocument, options: ProcessOptions = {}): { article: Article; coded: CodedArticle } {
  const extracted = extractArticle(doc);
  if (!hasProse(extracted.body)) throw inputError(doc.input, 'not an article: no sentences of prose (a listing, a table or code?)');
  const article = extracted.published === null && options.published ? { ...extracted, published: options.published } : extracted;
  const coded = codeArticle(article, options);
  const maxEvents = options.maxEvents ?? MAX_EVENTS;
  if (coded.events.length > maxEvents) throw overLimitError(doc.input, 'events', coded.events.length, maxEvents);
  return { article, coded };
}

/**
 * Article -> events, quotes and quantities, one stage after another, each a pure function of the
 * record before it: annotate (sentences, tokens, tags, dependency trees), resolve (actors and places
 * with the whole article as context), code (events, quotes, quantities).
 */
export function codeArticle(article: Article, options: ProcessOptions = {}): CodedArticle {
  if (article.language !== null && article.language !== 'en') return { events: [], quotes: [], quantities: [] };
  const published = article.published?.slice(0, 10) ?? options.published ?? null;
  const annotated = withoutRunOns(annotate(article));
  const resolved = resolveActors(annotated, options.dictionary ?? (builtIn ??= defaultActorDictionary()), published);
  return codeSentences(resolved, article, published, options.finder);
}

/** Run-on "sentences" (lists, tables, text without punctuation) are neither resolved nor coded. */
function withoutRunOns(doc: AnnotatedArticle): AnnotatedArticle {
  return { article: doc.article, sentences: doc.sentences.filter((s) => s.tokens.length <= MAX_CODED_TOKENS) };
}
