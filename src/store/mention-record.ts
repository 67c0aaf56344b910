import type { Event, Evidence, MergedEvent } from '../types/index.js';
import { reportKey } from './report-key.js';

/** What a stored mention needs to become an Event again. */
export interface MentionFields {
  id: string;
  article_id: string;
  record: string;
  text: string;
}

/**
 * A mention is stored as its Event without what other columns already hold (id, article, the
 * sentence text): at millions of events the JSON is most of the store's size.
 */
export function packMention(event: Event): string {
  const { id, article, sentence, ...rest } = event;
  return JSON.stringify({ ...rest, sentence: { index: sentence.index, start: sentence.start, end: sentence.end } });
}

export function unpackMention(m: MentionFields): Event {
  const { sentence, ...rest } = JSON.parse(m.record) as Omit<Event, 'id' | 'article'>;
  return { id: m.id, article: m.article_id, sentence: { ...sentence, text: m.text }, ...rest };
}

/** An event's stored reports unpacked, earliest first (report-key.ts): its evidence, led by its representative. */
export function inReportOrder<T extends MentionFields & { published: string | null }>(rows: T[]): { row: T; report: Event; key: string }[] {
  return rows
    .map((row) => {
      const report = unpackMention(row);
      return { row, report, key: reportKey(row.published, row.article_id, report.sentence.index, row.id) };
    })
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** A stored mention with its sentence and article, as both stores read it for an event's evidence. */
export interface EvidenceRow extends MentionFields {
  event_rowid: number;
  url: string | null;
  title: string | null;
  published: string | null;
}

/** What a merged event's own row gives besides its reports. */
export interface MergedRow {
  rowid: number;
  id: string;
  mentions: number;
  articles: number;
  background: boolean;
}

/** Merged events from their rows and their mentions: the earliest report with all of them as evidence, in report order. */
export function mergedEvents(rows: readonly MergedRow[], mentions: readonly EvidenceRow[]): MergedEvent[] {
  const byEvent = new Map<number, EvidenceRow[]>();
  for (const m of mentions) {
    const list = byEvent.get(m.event_rowid) ?? [];
    list.push(m);
    byEvent.set(m.event_rowid, list);
  }
  return rows.map((row) => {
    const reports = inReportOrder(byEvent.get(row.rowid) ?? []);
    const first = reports[0]?.report as Event;
    const evidence: Evidence[] = reports.map(({ row: m, report }) => ({
      article: m.article_id,
      url: m.url,
      title: m.title,
      published: m.published,
      event: m.id,
      sentence: report.sentence,
    }));
    return { ...first, id: row.id, mentions: row.mentions, articles: row.articles, evidence, background: row.background };
  });
}
