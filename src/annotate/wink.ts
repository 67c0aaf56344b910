import winkNLP from 'wink-nlp';
import type { ItsHelpers, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The wink-nlp instance, built on first use: loading the model costs ~100 ms and some MB, so it is
 * paid once per process and never by code that does not annotate. The pipe is only sentence
 * boundaries and POS: negation, sentiment and NER are not used downstream and cost time.
 */
let instance: WinkMethods | null = null;

export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export function winkIts(): ItsHelpers {
  return wink().its;
}
