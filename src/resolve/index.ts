export { resolveActors } from './resolve-actors.js';
export { isDiscardSentence } from './discard.js';
