import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';

/** Decodes bytes to text (UTF-8 for now) and tells HTML from plain text. */
export function decodeDocument(doc: RawDocument): { text: string; kind: 'html' | 'text' } {
  if (doc.bytes.includes(0)) throw inputError(doc.input, 'binary file, not a text or HTML document');
  const text = new TextDecoder('utf-8').decode(doc.bytes);
  const kind = /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text.slice(0, 2048)) ? 'html' : 'text';
  return { text, kind };
}
