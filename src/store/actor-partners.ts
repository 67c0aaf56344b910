import { isSectorOnly } from '../knowledge/actor-name-tables.js';
import type { EventFilter } from './event-store.js';
import { filterWhere, type FilterDialect } from './filter-sql.js';
import { roundHundredths } from './round-hundredths.js';

/** Who an actor deals with, on the other side of its events. */
export interface Partner {
  code: string;
  events: number;
  goldsteinMean: number;
}

/** One statement's answer: a partner code with its event count and Goldstein sum. */
export interface PartnerRow {
  code: string;
  events: number | string;
  gsum: number | string;
}

/**
 * The two statements (the actor as source, as target) that count an actor's partners over the
 * events table aliased `e`, each one range of a code index. The other side is named by its country,
 * or by its whole code when it is of the actor's own country (RUSGOV's partner RUSMIL).
 */
export function partnerStatements(
  dialect: FilterDialect,
  actor: string,
  filter: EventFilter,
  /** The FROM of each statement: the events table aliased `e`, with a store's index hint where it needs one. */
  from: (side: 'source' | 'target') => string = () => 'events e',
): { sql: string; params: unknown[] }[] {
  const own = actor.slice(0, 3);
  return (['source', 'target'] as const).map((side) => {
    const other = side === 'source' ? 'target' : 'source';
    const { sql, params } = filterWhere(dialect, { ...filter, actor: undefined, dyad: undefined }, side === 'source' ? [actor, null] : [null, actor]);
    return {
      sql: `SELECT CASE WHEN e.${other}_root = ? THEN e.${other} ELSE e.${other}_root END AS code, count(*) AS events, sum(e.goldstein) AS gsum
            FROM ${from(side)} ${sql} GROUP BY 1`,
      params: [own, ...params],
    };
  });
}

/**
 * The partners from both statements' rows, most events first. An event with the actor on both
 * sides (RUSGOV to RUSGOV) is nobody's partner, so no event counts twice; the unresolved actor and
 * bare sectors (GOV of no country) are left out.
 */
export function mergePartners(actor: string, rows: PartnerRow[], limit: number): Partner[] {
  const byCode = new Map<string, { events: number; gsum: number }>();
  for (const r of rows) {
    if (!r.code || r.code === '---' || r.code.startsWith(actor) || isSectorOnly(r.code)) continue;
    const at = byCode.get(r.code) ?? { events: 0, gsum: 0 };
    at.events += Number(r.events);
    at.gsum += Number(r.gsum);
    byCode.set(r.code, at);
  }
  return [...byCode]
    .map(([code, v]) => ({ code, events: v.events, goldsteinMean: roundHundredths(v.gsum / v.events) }))
    .sort((x, y) => y.events - x.events || x.code.localeCompare(y.code))
    .slice(0, limit);
}
