/**
 * Where a report stands in the one order that decides an event's representative (its earliest
 * report): publication time, then article id, sentence and report id. It depends on nothing about
 * when the report was stored, so that a store holds the same events whatever order documents arrive
 * in. Undated articles come after dated ones ('~' sorts after digits); the parts never hold a space.
 * The migrations that fill keys for older stores build the same string in SQL.
 */
export function reportKey(published: string | null, articleId: string, sentenceIdx: number, reportId: string): string {
  return `${published ?? '~'} ${articleId} ${String(sentenceIdx).padStart(6, '0')} ${reportId}`;
}
