import { hash } from 'node:crypto';

/** Stable event id: the same article, sentence, codes and actors always give the same id. */
export function eventId(parts: {
  article: string;
  sentence: readonly [number, number];
  cameo: string;
  source: string;
  target: string | null;
  modality: string;
  trigger: readonly [number, number];
}): string {
  const key = [
    parts.article, parts.sentence.join('-'), parts.cameo, parts.source, parts.target ?? '', parts.modality,
    parts.trigger.join('-'),
  ].join('|');
  // crypto.hash (Node >= 20.12): one call, no Hash object per event.
  return `e_${hash('sha256', key, 'hex').slice(0, 20)}`;
}
