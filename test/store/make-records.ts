import { buildArticle } from '../../src/extract/build-article.js';
import type { ActorRef, Article, Event, Modality, ResolvedDate } from '../../src/types/index.js';

/** Builds an Article from paragraphs, as the extractor would. */
export function makeArticle(paragraphs: string[], meta: { title?: string; published?: string | null; url?: string } = {}): Article {
  const bytes = new TextEncoder().encode(paragraphs.join('\n\n') + (meta.title ?? ''));
  return buildArticle(
    { input: 'test', bytes, url: meta.url ?? null, contentType: null },
    {
      kind: 'text',
      url: meta.url ?? null,
      title: meta.title ?? null,
      subtitle: null,
      byline: [],
      published: meta.published === undefined ? '2021-12-30' : meta.published,
      language: 'en',
      images: [],
      paragraphs,
    },
  );
}

function actor(code: string): ActorRef {
  const country = /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') ? code.slice(0, 3) : null;
  return { text: code, span: [0, 3], code, country, sector: code.length > 3 && country ? code.slice(3) : null, entity: null };
}

export interface EventSpec {
  source: string;
  target: string | null;
  cameo: string;
  date?: ResolvedDate | null;
  modality?: Modality;
  sentence?: number;
  plover?: string;
  goldstein?: number;
  quad?: 1 | 2 | 3 | 4;
  location?: string;
}

/** An Event in the article's sentence `spec.sentence` (a paragraph here), with the given codes. */
export function makeEvent(article: Article, spec: EventSpec): Event {
  const index = spec.sentence ?? 0;
  const p = article.paragraphs[index] ?? { start: 0, end: article.body.length };
  return {
    id: `e_${article.id}_${index}_${spec.source}_${spec.target ?? ''}_${spec.cameo}`,
    article: article.id,
    sentence: { index, start: p.start, end: p.end, text: article.body.slice(p.start, p.end) },
    source: actor(spec.source),
    target: spec.target ? actor(spec.target) : null,
    action: {
      text: 'met',
      cameo: spec.cameo,
      plover: { event: spec.plover ?? null, mode: null, context: [] },
      goldstein: spec.goldstein ?? 1,
      quad: spec.quad ?? 1,
    },
    modality: spec.modality ?? 'asserted',
    attribution: null,
    date: spec.date === undefined ? { value: '2021-12-29', precision: 'day', text: 'on Wednesday' } : spec.date,
    location: spec.location ? { text: spec.location, country: spec.location, lat: null, lon: null } : null,
    confidence: 0.8,
  };
}
