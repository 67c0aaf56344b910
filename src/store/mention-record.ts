import type { Event } from '../types/index.js';
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
