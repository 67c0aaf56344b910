import { checkDate } from '../check-date.js';
import { usageError } from '../errors.js';
import type { EventFilter } from './event-store.js';

/** Filter values as they come from command-line flags or an HTTP query string. */
export interface FilterValues {
  actor?: string;
  dyad?: string;
  code?: string;
  plover?: string;
  since?: string;
  until?: string;
  q?: string;
  'no-background'?: boolean;
}

export function toFilter(v: FilterValues): EventFilter {
  const filter: EventFilter = {};
  if (v.actor) filter.actor = v.actor.toUpperCase();
  if (v.dyad) {
    const parts = v.dyad.toUpperCase().split(/[:,/-]/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw usageError(`--dyad expects two actor codes like RUS:BLR, got "${v.dyad}"`);
    filter.dyad = [parts[0], parts[1]];
  }
  if (v.code) {
    if (!/^\d{1,4}$/.test(v.code)) throw usageError(`--code expects a CAMEO code such as 16 or 163, got "${v.code}"`);
    filter.code = v.code;
  }
  if (v.plover) filter.plover = v.plover.toUpperCase();
  filter.since = checkDate(v.since, '--since');
  filter.until = checkDate(v.until, '--until');
  if (filter.since === undefined) delete filter.since;
  if (filter.until === undefined) delete filter.until;
  if (v.q) filter.q = v.q;
  if (v['no-background']) filter.background = false;
  return filter;
}
