import { createHash } from 'node:crypto';

/**
 * The fixed split of a dev set into halves for honest tuning: rules are written looking only at
 * half A's misses, and half B is the number to believe. The rule is a hash of the page's file name
 * (without ".html.gz"), so it never depends on what an extractor does with the page.
 */
export function tuningHalf(name: string): 'A' | 'B' {
  return createHash('sha256').update(name.replace(/\.html\.gz$/, '')).digest()[0]! < 128 ? 'A' : 'B';
}
