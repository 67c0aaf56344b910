import { gzipSync } from 'node:zlib';

export { seededRandom } from '../../src/seeded-random.js';
import { seededRandom } from '../../src/seeded-random.js';

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const SENTENCE = 'Poland accused Belarus of pushing migrants across the border near Kuznica on Monday. ';

/** Documents built to hurt: bombs, broken gzip, bad encodings, deep and flat HTML, huge lines, odd names. */
export function hostileFiles(seed: number): HostileFile[] {
  const rnd = seededRandom(seed);
  const page = (inner: string): string => `<html><head><title>T</title></head><body><article><p>${SENTENCE}</p>${inner}</article></body></html>`;
  const gz = gzipSync(Buffer.from(page(`<p>${SENTENCE.repeat(50)}</p>`)));
  const files: HostileFile[] = [
    { name: 'bomb.txt.gz', bytes: gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x61), { level: 9 }) },
    { name: 'truncated.html.gz', bytes: gz.subarray(0, Math.floor(gz.length / 2)) },
    { name: 'flipped.html.gz', bytes: gz.map((b, i) => (i > 20 && rnd() < 0.01 ? b ^ 0xff : b)) },
    { name: 'not-gzip.gz', bytes: Buffer.from('\x1f\x8b\x08 but not really') },
    { name: 'invalid-utf8.html', bytes: Buffer.concat([Buffer.from(page('<p>')), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(`${SENTENCE}</p>`)]) },
    { name: 'utf16.txt', bytes: Buffer.from(`\ufeff${SENTENCE.repeat(5)}`, 'utf16le') },
    { name: 'nul.txt', bytes: Buffer.alloc(100_000, 0) },
    { name: 'deep-div.html', bytes: Buffer.from(page('<div>'.repeat(100_000) + SENTENCE)) },
    { name: 'deep-table.html', bytes: Buffer.from(page('<table><tr><td>'.repeat(150_000) + SENTENCE)) },
    { name: 'deep-caption.html', bytes: Buffer.from(page('<caption>x '.repeat(5_000))) },
    { name: 'deep-li.html', bytes: Buffer.from(page('<ul><li>'.repeat(50_000) + SENTENCE)) },
    { name: 'flat-p.html', bytes: Buffer.from(page('<p>x</p>'.repeat(300_000))) },
    { name: 'flat-span.html', bytes: Buffer.from(page(`<p>${'<span>w</span> '.repeat(19_000)}</p>`)) },
    { name: 'huge-line.txt', bytes: Buffer.from('word '.repeat(3_000_000)) },
    { name: 'huge-sentence.txt', bytes: Buffer.from(`Russia ${'and Belarus '.repeat(20_000)}threatened Poland.`) },
    { name: 'repeated-sentences.txt', bytes: Buffer.from(`Report: Russia threatened Belarus with sanctions.\n\n`.repeat(3_000)) },
    { name: 'repeated-sentences.txt.gz', bytes: gzipSync(Buffer.from('Russia threatened Belarus with sanctions. '.repeat(400_000))) },
    { name: 'unclosed-script.html', bytes: Buffer.from(`<html><body><p>${SENTENCE}</p><script>${'x'.repeat(1_000_000)}`) },
    { name: 'unclosed-comment.html', bytes: Buffer.from(`<html><body><!--${'<p>x</p>'.repeat(100_000)}`) },
    { name: 'attributes.html', bytes: Buffer.from(`<html><body><p ${'a="b" '.repeat(200_000)}>${SENTENCE}</p></body></html>`) },
    { name: 'meta-quote.html', bytes: Buffer.from('<html><meta c=">"><p>APIs are more than just t') },
    { name: 'json-ld.html', bytes: Buffer.from(page(`<script type="application/ld+json">${'['.repeat(100_000)}</script>`)) },
    { name: 'entities.html', bytes: Buffer.from(page(`<p>${'&amp;&#x1F600;&#0;&#xD800;&bogus;'.repeat(50_000)}</p>`)) },
    { name: 'binary.html', bytes: Buffer.from(Array.from({ length: 200_000 }, () => Math.floor(rnd() * 256))) },
    { name: ' name with spaces & ümlauts ✓.html', bytes: Buffer.from(page('')) },
    { name: '-leading-dash.txt', bytes: Buffer.from(SENTENCE) },
    { name: 'empty.html', bytes: new Uint8Array(0) },
  ];
  return files;
}

/** A real page, damaged the ways crawls and disks damage pages: flipped bytes, cuts, spliced and repeated spans. */
export function mutate(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const out = Buffer.from(bytes);
  switch (pick(rnd, ['flip', 'truncate', 'splice', 'repeat', 'tags'] as const)) {
    case 'flip':
      for (let i = 0; i < 1 + rnd() * 50; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
      return out;
    case 'truncate':
      return out.subarray(0, Math.floor(rnd() * out.length));
    case 'splice': {
      const a = Math.floor(rnd() * out.length);
      const b = Math.floor(rnd() * out.length);
      return Buffer.concat([out.subarray(0, a), out.subarray(b)]);
    }
    case 'repeat': {
      const a = Math.floor(rnd() * out.length);
      const span = out.subarray(a, a + Math.floor(rnd() * 2000));
      return Buffer.concat([out.subarray(0, a), ...Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => span), out.subarray(a)]);
    }
    case 'tags': {
      const text = out.toString('latin1');
      return Buffer.from(text.replace(/[<>"]/g, (c) => (rnd() < 0.05 ? pick(rnd, ['<', '>', '"', '']) : c)), 'latin1');
    }
  }
}
