import { inputError } from '../errors.js';
import type { DyadError } from '../errors.js';

/** The largest document Dyad reads; no news page comes near it, and memory stays bounded. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/*
 * Bounds on one document past its bytes, so that time and memory per document stay bounded whatever
 * its shape (README, "Limits"). A document over one is refused with a one-line error naming it.
 */
/** HTML elements once scripts, styles and SVG are dropped; 1,269 real news pages had 700 (median) to 6,731. */
export const MAX_HTML_ELEMENTS = 20_000;
/** Depth of the parsed page, every element counted (tr, td, li too), after wrapper tags past 60 are dropped. */
export const MAX_HTML_DEPTH = 200;
/** Characters of article text, about 2,000 sentences: a long report, many times a news article. */
export const MAX_TEXT_CHARS = 200_000;
/** Events coded from one document. */
export const MAX_EVENTS = 2_000;

/** The one message for a document over a limit other than bytes. */
export function overLimitError(input: string, what: string, seen: number, limit: number): DyadError {
  return inputError(input, `too many ${what} (${seen.toLocaleString('en-US')}; the limit is ${limit.toLocaleString('en-US')})`);
}

/** Limits on reading one input; tests lower them. */
export interface ReadLimits {
  /** Largest document, in bytes, after decompression. */
  maxBytes: number;
}

const MB = 1024 * 1024;
const KB = 1024;

/** A size for people: "50.0 MB", "12.5 KB", "900 bytes". */
export function formatSize(bytes: number, { round = false } = {}): string {
  const fmt = (n: number): string => (round && Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (bytes >= MB) return `${fmt(bytes / MB)} MB`;
  if (bytes >= KB) return `${fmt(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

/**
 * The one message for an oversized document. `size` is null when the total is unknown, because
 * the reader stopped at the limit instead of reading on to count.
 */
export function tooLargeError(input: string, size: number | null, maxBytes: number): DyadError {
  const limit = formatSize(maxBytes, { round: true });
  const seen = size === null ? `more than ${limit}` : formatSize(size);
  return inputError(input, `document too large (${seen}; the limit is ${limit})`);
}
