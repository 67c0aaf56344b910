export { parseSentence, parserModel } from './parse-sentence.js';
export { parseTokens, MAX_PARSE_TOKENS } from './parse-tokens.js';
export type { Parse } from './parse-words.js';
export { readConllu, writeConllu, type ConlluSentence, type ConlluWord } from './conllu.js';
