import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';
import { detectCharset } from './charset.js';
import { sniffBinary } from './sniff-binary.js';

/** Tags that only a web page starts with. */
const HTML_START = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s/]|<title[\s>]/i;
const TAG = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|img|section|article|header|footer|nav|script|style|link|strong|em|b|i)\b[^<>]{0,300}>/gi;

/** Web page or text? Looks for page-level tags near the start, then for a high density of tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096);
  if (HTML_START.test(start)) return true;
  const sample = text.slice(0, 65536);
  let tags = 0;
  let tagChars = 0;
  for (const m of sample.matchAll(TAG)) {
    tags++;
    tagChars += m[0].length;
  }
  // Scraped dumps keep a stray tag or two; fragments of markup have one every few dozen characters.
  return tags >= 10 && tags / (sample.length / 1000) >= 4 && tagChars / sample.length >= 0.05;
}

/** Decodes bytes to text in the page's character set and tells HTML from plain text. */
export function decodeDocument(doc: RawDocument): { text: string; kind: 'html' | 'text' } {
  const { bytes } = doc;
  const charset = detectCharset(bytes, doc.contentType);
  if (!charset.encoding.startsWith('utf-16')) {
    const binary = sniffBinary(bytes);
    if (binary) throw inputError(doc.input, `${binary}, not a web page or text`);
  }
  let text = new TextDecoder(charset.encoding).decode(bytes.subarray(charset.skip));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (charset.encoding.startsWith('utf-16') && text.includes('\0')) {
    throw inputError(doc.input, 'a binary file, not a web page or text');
  }
  const kind = looksLikeHtml(text) || /html|xhtml/i.test(doc.contentType ?? '') ? 'html' : 'text';
  return { text, kind };
}
