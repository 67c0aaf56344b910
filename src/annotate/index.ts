export { annotate, MAX_SENTENCE_TOKENS } from './annotate.js';
export { segmentBody, MAX_SEGMENT_CHARS } from './segments.js';
