/** Period labels as the store writes them (SQLite: day YYYY-MM-DD, week %Y-W%W, month YYYY-MM, year YYYY). */
export type PeriodKind = 'day' | 'week' | 'month' | 'year';

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** strftime %W: weeks start on Monday; week 00 holds the days before the year's first Monday. */
function weekLabel(d: Date): string {
  const jan1 = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const dayOfYear = Math.round((d.getTime() - jan1.getTime()) / 86_400_000);
  const mondayBased = (d.getUTCDay() + 6) % 7;
  const week = Math.floor((dayOfYear + 7 - mondayBased) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function periodOf(date: Date, by: PeriodKind): string {
  if (by === 'day') return day(date);
  if (by === 'week') return weekLabel(date);
  if (by === 'month') return day(date).slice(0, 7);
  return day(date).slice(0, 4);
}

/** The first and last day of a period label. */
export function periodBounds(period: string, by: PeriodKind): [string, string] {
  if (by === 'year') return [`${period}-01-01`, `${period}-12-31`];
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return [`${period}-01`, `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  if (by === 'week') {
    const [y, w] = period.split('-W').map(Number) as [number, number];
    const jan1 = new Date(Date.UTC(y, 0, 1));
    const firstMonday = 1 + ((8 - jan1.getUTCDay()) % 7);
    const start = new Date(Date.UTC(y, 0, w === 0 ? 1 : firstMonday + (w - 1) * 7));
    const end = new Date(Date.UTC(y, 0, w === 0 ? firstMonday - 1 : Math.min(firstMonday + (w - 1) * 7 + 6, 365 + (y % 4 === 0 ? 1 : 0))));
    return [day(start), day(end)];
  }
  return [period, period];
}

/**
 * Every period from the first label to the last, empty ones included, so that the spacing of a
 * time axis is true. Stops at 5,000 periods (fourteen years of days).
 */
export function everyPeriod(first: string, last: string, by: PeriodKind): string[] {
  const out: string[] = [];
  const end = new Date(`${periodBounds(last, by)[1]}T00:00:00Z`);
  for (let d = new Date(`${periodBounds(first, by)[0]}T00:00:00Z`); d <= end && out.length < 5000; d.setUTCDate(d.getUTCDate() + 1)) {
    const label = periodOf(d, by);
    if (out[out.length - 1] !== label) out.push(label);
  }
  return out;
}
