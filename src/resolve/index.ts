export { resolveActors } from './resolve-actors.js';
