import type pg from 'pg';

/** Years outside these stay in the default partition (with undated events). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;

/** A month an event will be filed under, and whether it is news (not background) for its article. */
export interface FiledMonth {
  month: string;
  news: boolean;
}

/** The month partition a filed date belongs in ("2021-12"), or null for the default partition. */
export function partitionMonth(dateLo: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(dateLo ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** How a year is laid out: a partition per month, or one for the whole year. */
export type YearLayout = 'months' | 'year';

/**
 * Creates the events partitions these months need. A year is laid out when its first
 * event arrives, and keeps that layout: by month when that event is news, as one partition when it
 * is background (a 1990s event recalled by today's article), so that a store of current news has
 * month partitions where its events are, and a few yearly ones for the history its articles recall,
 * not hundreds of near-empty months. Runs in its own short transaction, before an article's:
 * creating a partition locks its parent table, which must not stay locked for an article's writes.
 * An advisory lock keeps two writers from racing.
 */
export async function ensureMonthPartitions(pool: pg.Pool, wanted: readonly FiledMonth[], years: Map<string, YearLayout>, months: Set<string>): Promise<void> {
  const missing = wanted.filter((w) => !months.has(w.month) && years.get(w.month.slice(0, 4)) !== 'year');
  if (missing.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':partitions', 0))");
    const byYear = new Map<string, FiledMonth[]>();
    for (const w of missing) byYear.set(w.month.slice(0, 4), [...(byYear.get(w.month.slice(0, 4)) ?? []), w]);
    for (const [year, list] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) {
      const existing = await client.query<{ relname: string }>(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND (c.relname = $1 OR c.relname LIKE $2)`,
        [`events_y${year}`, `events_m${year}\\_%`],
      );
      const names = new Set(existing.rows.map((r) => r.relname));
      let layout: YearLayout | undefined = names.has(`events_y${year}`) ? 'year' : names.size > 0 ? 'months' : undefined;
      if (!layout) {
        layout = list.some((w) => w.news) ? 'months' : 'year';
        // The bounds come from partitionMonth's digits only: nothing a user typed reaches this SQL.
        if (layout === 'year') await createPartitions(client, `y${year}`, `${year}-01-01`, `${Number(year) + 1}-01-01`);
      }
      years.set(year, layout);
      if (layout === 'months') {
        for (const month of new Set(list.map((w) => w.month))) {
          const suffix = `m${month.replace('-', '_')}`;
          if (!names.has(`events_${suffix}`)) await createPartitions(client, suffix, `${month}-01`, `${nextMonth(month)}-01`);
          names.add(`events_${suffix}`);
        }
      }
    }
    await client.query('COMMIT');
    for (const w of missing) if (years.get(w.month.slice(0, 4)) === 'months') months.add(w.month);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    years.clear();
    throw err;
  } finally {
    client.release();
  }
}

async function createPartitions(client: pg.PoolClient, suffix: string, from: string, to: string): Promise<void> {
  await client.query(`CREATE TABLE events_${suffix} PARTITION OF events FOR VALUES FROM ('${from}') TO ('${to}')`);
}
