import { getCameo } from '../code/cameo.js';
import { isSectorOnly } from '../knowledge/actor-name-tables.js';
import type { Partner } from '../store/actor-partners.js';
import type { DyadPoint, EventFilter, EventStore, Period } from '../store/event-store.js';
import { periodBounds, periodOf } from '../store/period-labels.js';
import type { MergedEvent } from '../types/index.js';

export interface ActorProfile {
  actor: string;
  by: Period;
  /** Events with the actor on either side per period, by quad class (verbal/material cooperation/conflict). */
  timeline: { period: string; events: number; quad: [number, number, number, number] }[];
  /** Who the actor deals with, most events first; an actor's own events with itself are left out. */
  partners: Partner[];
  /** CAMEO root codes (01-20) with their event counts, most first. */
  types: { root: string; name: string; events: number }[];
  latest: MergedEvent[];
}

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** Events per CAMEO root: one grouped query where the store has one, else a count per root. */
async function eventTypes(store: EventStore, filter: EventFilter): Promise<ActorProfile['types']> {
  const grouped = (await store.countByRoot?.(filter)) ?? null;
  return Promise.all(ROOTS.map(async (root) => ({ root, name: getCameo(root)?.name ?? root, events: grouped ? (grouped[root] ?? 0) : await store.countEvents({ ...filter, code: root }) })));
}

/** Adds one direction's counts into a period's. */
function add(periods: Map<string, { events: number; quad: [number, number, number, number] }>, p: DyadPoint, sign: 1 | -1): void {
  const at = periods.get(p.period) ?? { events: 0, quad: [0, 0, 0, 0] };
  at.events += sign * p.events;
  p.quad.forEach((n, i) => (at.quad[i] = (at.quad[i] ?? 0) + sign * n));
  periods.set(p.period, at);
}

/**
 * Events with the actor on either side per period, each event once. Unless the filter asks about
 * background events (dated over 30 days before their article), the periods before the first and after
 * the last event reported as news are left out: one mention of a talk in 2016 would otherwise
 * stretch the axis years back, all of it empty but for that one bar.
 */
async function timeline(store: EventStore, actor: string, by: Period, filter: EventFilter): Promise<ActorProfile['timeline']> {
  const periods = new Map<string, { events: number; quad: [number, number, number, number] }>();
  // An empty second side stands for any actor: "a>b" is the actor as source, "b>a" as target.
  for (const p of await store.dyad(actor, '', by, filter)) add(periods, p, 1);
  // An event with the actor on both sides (RUSGOV to RUSMIL for RUS) is in both directions: once out.
  for (const p of await store.dyad(actor, actor, by, filter)) if (p.direction === 'a>b') add(periods, p, -1);
  const points = [...periods]
    .filter(([, v]) => v.events > 0)
    .map(([period, v]) => ({ period, ...v }))
    .sort((x, y) => x.period.localeCompare(y.period));
  if (filter.background !== undefined || points.length === 0) return points;
  const [first, last] = await newsSpan(store, actor, by, filter, (points[0] as { period: string }).period, (points[points.length - 1] as { period: string }).period);
  return points.filter((p) => p.period >= first && p.period <= last);
}

/**
 * The first and last period with an event of the actor reported as news (not background). The
 * time line's own first and last periods are tried first, each a narrow range of the store's
 * indexes; only when one holds nothing but background is the whole span read.
 */
async function newsSpan(store: EventStore, actor: string, by: Period, filter: EventFilter, first: string, last: string): Promise<[string, string]> {
  const news: EventFilter = { ...filter, actor, background: false };
  const holdsNews = async (period: string): Promise<boolean> => {
    const [since, until] = periodBounds(period, by);
    return (await store.dateExtent({ ...news, since, until })) !== null;
  };
  if ((await holdsNews(first)) && (await holdsNews(last))) return [first, last];
  const extent = await store.dateExtent(news);
  if (!extent) return [first, last];
  return [periodOf(new Date(`${extent[0]}T00:00:00Z`), by), periodOf(new Date(`${extent[1]}T00:00:00Z`), by)];
}

/** The actor's partners: a country's from the month totals (via the network), an actor finer than a country's from its own events. */
async function partners(store: EventStore, actor: string, filter: EventFilter): Promise<Partner[]> {
  if (actor.length !== 3) return store.partners(actor, filter, 15);
  const byCode = new Map<string, { events: number; goldstein: number }>();
  for (const e of await store.network({ ...filter, actor }, 500)) {
    // Country-level edges: the side that is not the actor is the partner; the actor with itself is none.
    const other = e.source === actor ? e.target : e.source;
    if (other === '---' || other === actor || isSectorOnly(other)) continue;
    const at = byCode.get(other) ?? { events: 0, goldstein: 0 };
    at.events += e.events;
    at.goldstein += e.goldsteinMean * e.events;
    byCode.set(other, at);
  }
  return [...byCode]
    .map(([code, v]) => ({ code, events: v.events, goldsteinMean: Math.round((v.goldstein / v.events) * 100) / 100 }))
    .sort((x, y) => y.events - x.events || x.code.localeCompare(y.code))
    .slice(0, 15);
}

/** An actor's or a country's page: RUS covers RUSGOV, RUSMIL and the rest, as the filters do. */
export async function actorProfile(store: EventStore, actor: string, by: Period, filter: EventFilter): Promise<ActorProfile> {
  return {
    actor,
    by,
    timeline: await timeline(store, actor, by, filter),
    partners: await partners(store, actor, filter),
    types: (await eventTypes(store, { ...filter, actor, code: undefined })).filter((t) => t.events > 0).sort((x, y) => y.events - x.events || x.root.localeCompare(y.root)),
    latest: await store.events({ ...filter, actor, limit: 10 }),
  };
}
