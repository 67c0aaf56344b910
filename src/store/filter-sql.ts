import type { EventFilter } from './event-store.js';
import { dateRange } from './merge-rules.js';

/** A source and a target code (prefixes); null is any actor. */
export type Sides = [string | null, string | null];

/** Where the SQL of the two stores differs in filtering events (the events table aliased `e`). */
export interface FilterDialect {
  /** Events that are not background. */
  notBackground: string;
  /** Events starting on or before the one parameter. */
  until: string;
  /** Events reported by the article given as the one parameter. */
  inArticle: string;
  /** Events reported in sentences with the words of `q`: the clause and its one parameter; null when the words make no query. */
  text(q: string): { clause: string; param: string } | null;
}

/** The directions an actor or dyad filter stands for, each one index range; null when the filter has neither (or both). */
export function eitherWay(filter: EventFilter): Sides[] | null {
  if (filter.actor && filter.dyad) return null;
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    return a === b ? [[a, b]] : [
      [a, b],
      [b, a],
    ];
  }
  if (filter.actor) return [
    [filter.actor, null],
    [null, filter.actor],
  ];
  return null;
}

/**
 * A filter of whole months and nothing else, as a condition on the per-month pair totals aliased
 * `p`; null when the totals cannot answer it.
 */
export function monthSpan(filter: EventFilter): { sql: string; params: string[] } | null {
  const { since, until, limit: _l, offset: _o, ...rest } = filter;
  if (Object.values(rest).some((v) => v !== undefined)) return null;
  if (since && !since.endsWith('-01')) return null;
  if (until && dateRange({ value: until.slice(0, 7), precision: 'month' })?.[1] !== until) return null;
  if (!since && !until) return { sql: '', params: [] };
  return { sql: 'AND p.month BETWEEN ? AND ?', params: [since?.slice(0, 7) ?? '0000-00', until?.slice(0, 7) ?? '9999-99'] };
}

/**
 * SQL conditions and parameters for a filter, over the events table aliased `e`, with `?`
 * placeholders. `directed` (one direction of an actor or dyad) stands in for the filter's actor and dyad.
 */
export function filterWhere(dialect: FilterDialect, filter: EventFilter, directed?: Sides): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const side = (column: 'source' | 'target', code: string): string => {
    if (code.length === 3) {
      params.push(code);
      return `e.${column}_root = ?`;
    }
    params.push(code, `${code}\uffff`);
    return `(e.${column} >= ? AND e.${column} < ?)`;
  };
  if (filter.actor && !directed) clauses.push(`(${side('source', filter.actor)} OR ${side('target', filter.actor)})`);
  if (filter.dyad && !directed) {
    const [a, b] = filter.dyad;
    clauses.push(`((${side('source', a)} AND ${side('target', b)}) OR (${side('source', b)} AND ${side('target', a)}))`);
  }
  if (directed?.[0]) clauses.push(side('source', directed[0]));
  if (directed?.[1]) clauses.push(side('target', directed[1]));
  if (filter.code) {
    // The root column lets an actor's (root, date) index answer; a longer code also needs the range.
    if (filter.code.length >= 2) {
      params.push(filter.code.slice(0, 2));
      clauses.push('e.root = ?');
    }
    if (filter.code.length !== 2) {
      params.push(filter.code, `${filter.code}\uffff`);
      clauses.push('(e.cameo >= ? AND e.cameo < ?)');
    }
  }
  if (filter.plover) {
    params.push(filter.plover.toUpperCase());
    clauses.push('e.plover = ?');
  }
  if (filter.quad) {
    params.push(filter.quad);
    clauses.push('e.quad = ?');
  }
  if (filter.since) {
    // An event's date range never crosses into a new year (day, month, quarter or year), so one that
    // ends on or after `since` starts in its year or later: a bound the date indexes (and
    // PostgreSQL's month partitions) can use.
    params.push(filter.since, `${filter.since.slice(0, 4)}-01-01`);
    clauses.push('e.date_hi >= ? AND e.date_lo >= ?');
  }
  if (filter.until) {
    params.push(filter.until);
    clauses.push(dialect.until);
  }
  if (filter.background === false) clauses.push(dialect.notBackground);
  if (filter.article) {
    params.push(filter.article);
    clauses.push(dialect.inArticle);
  }
  if (filter.q) {
    const text = dialect.text(filter.q);
    if (text) {
      params.push(text.param);
      clauses.push(text.clause);
    }
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
