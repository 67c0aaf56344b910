import type { ArticleImage } from '../types/index.js';

/** What a logical line of a scraped dump turned out to be. */
export type Role = 'body' | 'junk' | 'title' | 'subtitle' | 'date' | 'byline' | 'caption' | 'credit';

/** A logical line of a dump and what has been found out about it so far. */
export interface Line {
  text: string;
  role: Role;
  /** ISO date when the line is (or holds) a date line. */
  date: string | null;
  /** People named, when the line is a byline (or a closing "Reporting by"). */
  names: string[];
  image: ArticleImage | null;
}

/** Case, punctuation and spacing aside, the same words: how a repeated headline is recognised. */
const textKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
export const sameText = (a: string, b: string): boolean => a.length < b.length * 2 && b.length < a.length * 2 && textKey(a) === textKey(b);

