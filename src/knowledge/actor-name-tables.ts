import { COLLECTIVES } from './collectives.js';
import { COUNTRIES } from './countries.js';
import { IGOS } from './igos.js';
import type { ActorNameTables } from './actor-label.js';
import { SECTOR_NAMES } from './sector-names.js';

let tables: ActorNameTables | null = null;

/** The names of countries, organisations, groups and sectors from the knowledge tables, for labels. */
export function actorNameTables(): ActorNameTables {
  if (tables) return tables;
  const named: Record<string, string> = {};
  for (const c of COLLECTIVES) named[c.code] ??= c.entity;
  for (const o of IGOS) named[o.code] ??= o.entity;
  tables = { named, countries: Object.fromEntries(COUNTRIES.map((c) => [c.iso3, c.name])), sectors: { ...SECTOR_NAMES } };
  return tables;
}

/** Codes that name only a sector (GOV, CVL, BUSMED): no country or organisation, so no place in a network of actors. */
export function isSectorOnly(code: string): boolean {
  const t = actorNameTables();
  return code.length % 3 === 0 && !t.named[code.slice(0, 3)] && !t.countries[code.slice(0, 3)] && (code.match(/.{3}/g) ?? []).every((p) => p in t.sectors);
}
