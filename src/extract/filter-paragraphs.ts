import { parseDate } from './parse-date.js';

/** Lines that label or operate the page rather than tell the story. */
const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'anzeige', 'publicité', 'publicidad', 'реклама', 'sponsored( content)?',
      'share( this( article| story| post)?)?', 'share on \\w+', 'tweet', 'print', 'email', 'copy link',
      'skip to (?:main )?content', 'loading\\W*', 'play video', 'watch:?', 'listen to this article.*',
      'read more', 'continue reading', 'see also', 'related(?: articles| posts| stories| content)?:?',
      'follow us on .{1,40}', 'we use cookies.*', 'accept(?: all)?(?: cookies)?', 'scroll to continue.*',
    ].join('|') +
    ')\\W*$',
  'i',
);

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface KnownFields {
  title: string | null;
  subtitle: string | null;
  byline: string[];
}

/**
 * Drops what Readability leaves around the story: the headline, standfirst, byline and date repeated
 * at the top, and label lines such as "Advertisement" anywhere.
 */
export function filterParagraphs(paragraphs: string[], known: KnownFields): string[] {
  const title = known.title ? key(known.title) : null;
  const subtitle = known.subtitle ? key(known.subtitle) : null;
  const names = known.byline.map(key).filter((n) => n.length > 0);
  return paragraphs.filter((p, i) => {
    if (p.length < 80 && BOILERPLATE_LINE.test(p)) return false;
    if (i >= 6) return true;
    const k = key(p);
    if (k.length === 0) return false;
    if (k === title || k === subtitle) return false;
    if (p.length < 120) {
      if (/^(?:by|von|par|por|di|door)\s/i.test(p) && p.split(/\s+/).length <= 16) return false;
      if (names.length > 0 && names.some((n) => k === n || k.startsWith(n))) return false;
      // A date line: the date is most of it.
      if (p.length < 60 && parseDate(p) !== null && /\d{4}/.test(p)) return false;
    }
    return true;
  });
}
