import { inputError } from '../errors.js';
import type { DyadError } from '../errors.js';

/** The largest document Dyad reads; no news page comes near it, and memory stays bounded. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

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
