/**
 * The event filter's fields, the one list behind the CLI's flags, the HTTP API's query keys and the
 * web app's form. `arg` names the value in help texts; `example` is a value that works.
 */
export const FILTER_FIELDS = [
  { key: 'q', label: 'text', arg: '"words"', example: 'sanctions', help: 'words in the sentence behind the event' },
  { key: 'actor', label: 'actor', arg: 'CODE', example: 'RUS', help: 'an actor code or its prefix, either side (RUS matches RUSGOV)' },
  { key: 'dyad', label: 'dyad', arg: 'A:B', example: 'RUS:BLR', help: 'two actor codes, either direction' },
  { key: 'code', label: 'CAMEO', arg: 'CODE', example: '16', help: 'a CAMEO code or its prefix (16 matches 160-166)' },
  { key: 'plover', label: 'PLOVER', arg: 'TYPE', example: 'SANCTION', help: 'a PLOVER event type' },
  { key: 'since', label: 'since', arg: 'YYYY-MM-DD', example: '2022-02-01', help: 'events on or after this day' },
  { key: 'until', label: 'until', arg: 'YYYY-MM-DD', example: '2022-12-31', help: 'events on or before this day' },
] as const;

export type FilterKey = (typeof FILTER_FIELDS)[number]['key'] | 'background';

/** Filter values as text, as they come from flags, a query string or a form; `background` may be a boolean. */
export type FilterInput = Partial<Record<Exclude<FilterKey, 'background'>, string>> & { background?: boolean | string };
