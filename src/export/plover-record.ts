import type { ActorRef, MergedEvent } from '../types/index.js';

/** The PLOVER JSON record of a merged event (field names of the PLOVER manual's JSON table). */
export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: number;
  event_scale: number;
  event_text: string[];
  event_loc: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  text: string;
  cite_info: { article: string; mentions: number; articles: number };
  modality: string;
  cameo: string;
  coder: string;
}

interface PloverEntity {
  code: string;
  country: string | null;
  sector: string | null;
  name: string;
}

function entity(ref: ActorRef): PloverEntity {
  return { code: ref.code, country: ref.country, sector: ref.sector, name: ref.entity ?? ref.text };
}

/** Null for events PLOVER has no type for (CAMEO 01 and 02): PLOVER requires `event`. */
export function ploverRecord(e: MergedEvent, coder: string): PloverRecord | null {
  if (!e.action.plover.event) return null;
  return {
    id: e.id,
    date: e.date?.value ?? null,
    actor: [entity(e.source)],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.action.plover.event],
    mode: e.action.plover.mode ? [e.action.plover.mode] : [],
    context: e.action.plover.context,
    quad_code: e.action.quad,
    event_scale: e.action.goldstein,
    event_text: [e.action.text],
    event_loc: e.location ? { name: e.location.text, country: e.location.country, lat: e.location.lat, lon: e.location.lon } : null,
    text: e.sentence.text,
    cite_info: { article: e.article, mentions: e.mentions, articles: e.articles },
    modality: e.modality,
    cameo: e.action.cameo,
    coder,
  };
}
