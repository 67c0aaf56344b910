import { ROLE_TABLE } from '../knowledge/sectors.js';
import type { ActorRef } from '../types/index.js';

/** The three-letter sector codes role words give ("GOV", "MED" ...): alone they place no one. */
const SECTORS: ReadonlySet<string> = new Set(ROLE_TABLE.flatMap(([sector]) => sector.match(/.{3}/g) ?? []));

/**
 * Does the actor say who, not only what kind: a country (RUSGOV), an international organisation
 * (IGOUNO), a region or a named group (WST, NGOAMN)? A bare sector ("BUS" for "businesses",
 * "GOV" for a government no text places) and an unresolved name ("---") do not.
 */
export function isPlaced(actor: Pick<ActorRef, 'code' | 'country'>): boolean {
  if (actor.country !== null) return true;
  if (actor.code === '---' || actor.code === '') return false;
  const chunks = actor.code.match(/.{1,3}/g) ?? [];
  return !chunks.every((c) => SECTORS.has(c));
}
