import type { MergedEvent } from '../types/index.js';

/** One flat row per merged event: the columns of the CSV, table and Parquet exports. */
export const FLAT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'source',
  'source_country',
  'source_sector',
  'source_entity',
  'source_text',
  'target',
  'target_country',
  'target_sector',
  'target_entity',
  'target_text',
  'cameo',
  'plover',
  'plover_mode',
  'goldstein',
  'quad',
  'modality',
  'location',
  'location_country',
  'lat',
  'lon',
  'mentions',
  'articles',
  'background',
  'confidence',
  'article',
  'sentence',
] as const;

export type FlatEvent = Record<(typeof FLAT_COLUMNS)[number], string | number | boolean | null>;

export function flattenEvent(e: MergedEvent): FlatEvent {
  return {
    id: e.id,
    date: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    source: e.source.code,
    source_country: e.source.country,
    source_sector: e.source.sector,
    source_entity: e.source.entity,
    source_text: e.source.text,
    target: e.target?.code ?? null,
    target_country: e.target?.country ?? null,
    target_sector: e.target?.sector ?? null,
    target_entity: e.target?.entity ?? null,
    target_text: e.target?.text ?? null,
    cameo: e.action.cameo,
    plover: e.action.plover.event,
    plover_mode: e.action.plover.mode,
    goldstein: e.action.goldstein,
    quad: e.action.quad,
    modality: e.modality,
    location: e.location?.text ?? null,
    location_country: e.location?.country ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    mentions: e.mentions,
    articles: e.articles,
    background: e.background,
    confidence: e.confidence,
    article: e.article,
    sentence: e.sentence.text,
  };
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return values
    .map((v) => {
      if (v === null) return '';
      const s = String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
