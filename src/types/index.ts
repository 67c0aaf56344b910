export type * from './article.js';
export type * from './annotated.js';
export type * from './actor.js';
export type * from './event.js';
