import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { decodeModel, type ParserModel } from './model-file.js';
import { parseWords, type Parse } from './parse-words.js';

/** The committed model, trained on UD English-EWT (CC BY-SA 4.0; see models/parser/LICENSE.md). */
export const MODEL_PATH = (): string => join(packageRoot(), 'models', 'parser', 'en-ewt.bin.gz');

let model: ParserModel | null = null;

/** The parser model, read on first use (once per process). */
export function parserModel(): ParserModel {
  if (model === null) {
    const path = MODEL_PATH();
    let file: Buffer;
    try {
      file = readFileSync(path);
    } catch (e) {
      throw new Error(`${path}: parser model missing (${(e as Error).message}); run npm run train:parser`, { cause: e });
    }
    model = decodeModel(file, path);
  }
  return model;
}

/**
 * Universal POS tags and a labelled dependency tree for one tokenised sentence: head is the 0-based
 * index of each word's head, -1 for the root; rel the UD relation with its subtype.
 */
export function parseSentence(words: readonly string[]): Parse {
  if (words.length === 0) return { upos: [], head: [], rel: [] };
  return parseWords(parserModel(), words);
}
