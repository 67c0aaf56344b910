import { getCameo } from '../code/cameo.js';
import { isSectorOnly } from '../knowledge/actor-name-tables.js';
import type { EventFilter, EventStore, Period } from '../store/event-store.js';
import type { MergedEvent } from '../types/index.js';

export interface ActorProfile {
  actor: string;
  by: Period;
  /** Events with the actor on either side per period, by quad class (verbal/material cooperation/conflict). */
  timeline: { period: string; events: number; quad: [number, number, number, number] }[];
  partners: { code: string; events: number; goldsteinMean: number }[];
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

/** An actor's or a country's page: RUS covers RUSGOV, RUSMIL and the rest, as the filters do. */
export async function actorProfile(store: EventStore, actor: string, by: Period, filter: EventFilter): Promise<ActorProfile> {
  const periods = new Map<string, { events: number; quad: [number, number, number, number] }>();
  // An empty second side stands for any actor: "a>b" is the actor as source, "b>a" as target.
  for (const p of await store.dyad(actor, '', by, filter)) {
    const at = periods.get(p.period) ?? { events: 0, quad: [0, 0, 0, 0] };
    at.events += p.events;
    p.quad.forEach((n, i) => (at.quad[i] = (at.quad[i] ?? 0) + n));
    periods.set(p.period, at);
  }
  const partners = new Map<string, { events: number; goldstein: number }>();
  for (const e of await store.network({ ...filter, actor }, 500)) {
    const other = e.source.startsWith(actor) ? e.target : e.source;
    if (other === '---' || other.startsWith(actor) || isSectorOnly(other)) continue;
    const at = partners.get(other) ?? { events: 0, goldstein: 0 };
    at.events += e.events;
    at.goldstein += e.goldsteinMean * e.events;
    partners.set(other, at);
  }
  return {
    actor,
    by,
    timeline: [...periods].map(([period, v]) => ({ period, ...v })).sort((x, y) => x.period.localeCompare(y.period)),
    partners: [...partners]
      .map(([code, v]) => ({ code, events: v.events, goldsteinMean: Math.round((v.goldstein / v.events) * 100) / 100 }))
      .sort((x, y) => y.events - x.events)
      .slice(0, 15),
    types: (await eventTypes(store, { ...filter, actor, code: undefined })).filter((t) => t.events > 0).sort((x, y) => y.events - x.events || x.root.localeCompare(y.root)),
    latest: await store.events({ ...filter, actor, limit: 10 }),
  };
}
