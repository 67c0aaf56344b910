// zod/mini: the same checks as zod, tree-shaken, so that the web app's bundle stays small.
import * as z from 'zod/mini';
import { usageError } from '../errors.js';
import type { EventFilter } from '../store/event-store.js';
import type { FilterInput, FilterKey } from './filter-fields.js';

/** Each edge names the fields its own way: "--since" on the command line, "since" in a query string. */
export type FieldLabel = (key: string) => string;

const got = (value: unknown): string => `, got "${String(value)}"`;
const actorCode = /^[A-Z0-9]{3,24}$/;

/** Messages say what a field expects, without its name: the edge puts its own name in front. */
export const daySchema = z.iso.date({ error: (i) => `expects a real date as YYYY-MM-DD${got(i.input)}` });

const text = (pattern: RegExp, expects: string, upper = true): z.ZodMiniType<string, string> =>
  z.string().check(z.trim(), ...(upper ? [z.toUpperCase()] : []), z.regex(pattern, { error: (i) => `expects ${expects}${got(i.input)}` }));

const schema = z.partial(
  z.object({
    actor: text(actorCode, 'an actor code such as RUS or RUSGOV'),
    dyad: z.pipe(
      z.string().check(z.trim(), z.toUpperCase()),
      z.transform((v: string, ctx) => {
        const parts = v.split(/[:,/-]/);
        if (parts.length === 2 && parts.every((p) => actorCode.test(p))) return parts as [string, string];
        ctx.issues.push({ code: 'custom', message: `expects two actor codes like RUS:BLR${got(v)}`, input: v });
        return z.NEVER;
      }),
    ),
    code: text(/^\d{1,4}$/, 'a CAMEO code such as 16 or 163', false),
    plover: text(/^[A-Z_]{3,24}$/, 'a PLOVER event type such as SANCTION'),
    since: daySchema,
    until: daySchema,
    q: z.string().check(z.trim(), z.maxLength(200, { error: 'expects at most 200 characters' })),
    background: z.union([z.boolean(), z.pipe(z.enum(['true', 'false']), z.transform((v: 'true' | 'false') => v === 'true'))], { error: (i) => `expects true or false${got(i.input)}` }),
  }),
);

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

export function issueMessage(error: z.core.$ZodError, label: FieldLabel): string {
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
