import { z } from 'zod';
import { usageError } from '../errors.js';
import type { EventFilter } from '../store/event-store.js';
import type { FilterInput, FilterKey } from './filter-fields.js';

/** Each edge names the fields its own way: "--since" on the command line, "since" in a query string. */
export type FieldLabel = (key: string) => string;

const got = (value: unknown): string => `, got "${String(value)}"`;
const actorCode = /^[A-Z0-9]{3,24}$/;

/** Messages say what a field expects, without its name: the edge puts its own name in front. */
export const daySchema = z.iso.date({ error: (i) => `expects a real date as YYYY-MM-DD${got(i.input)}` });

const schema = z
  .object({
    actor: z.string().trim().toUpperCase().regex(actorCode, { error: (i) => `expects an actor code such as RUS or RUSGOV${got(i.input)}` }),
    dyad: z
      .string()
      .trim()
      .toUpperCase()
      .transform((v, ctx) => {
        const parts = v.split(/[:,/-]/);
        if (parts.length === 2 && parts.every((p) => actorCode.test(p))) return parts as [string, string];
        ctx.addIssue({ code: 'custom', message: `expects two actor codes like RUS:BLR${got(v)}` });
        return z.NEVER;
      }),
    code: z.string().trim().regex(/^\d{1,4}$/, { error: (i) => `expects a CAMEO code such as 16 or 163${got(i.input)}` }),
    plover: z.string().trim().toUpperCase().regex(/^[A-Z_]{3,24}$/, { error: (i) => `expects a PLOVER event type such as SANCTION${got(i.input)}` }),
    since: daySchema,
    until: daySchema,
    q: z.string().trim().max(200, { error: 'expects at most 200 characters' }),
    background: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], { error: (i) => `expects true or false${got(i.input)}` }),
  })
  .partial();

/** The one parser of the event filter; a bad value is a usage error in one line, named as the edge names it. */
export function parseFilter(input: FilterInput, label: FieldLabel): EventFilter {
  // Empty text (an empty form field, "?actor=") means no filter on that field.
  const present = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) throw usageError(issueMessage(result.error, label));
  const { since, until } = result.data;
  if (since && until && since > until) throw usageError(`${label('until')} ${until} is before ${label('since')} ${since}`);
  const filter: EventFilter = {};
  for (const [key, value] of Object.entries(result.data) as [FilterKey, unknown][]) {
    if (value !== undefined && value !== '') Object.assign(filter, { [key]: value });
  }
  return filter;
}

export function issueMessage(error: z.ZodError, label: FieldLabel): string {
  const issue = error.issues[0];
  const key = String(issue?.path[0] ?? 'value');
  return `${label(key)} ${issue?.message ?? 'is not valid'}`;
}

/** A whole number in [min, max] from a flag or a query parameter. */
export function parseWholeNumber(value: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(`${name} expects a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got "${value}"`);
  }
  return n;
}

/** A day as YYYY-MM-DD that exists on the calendar. */
export function parseDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const result = daySchema.safeParse(value);
  if (!result.success) throw usageError(issueMessage(result.error, () => name));
  return result.data;
}
