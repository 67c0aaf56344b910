import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DyadError } from '../../src/errors.js';
import { detectCharset, normaliseCharsetLabel } from '../../src/extract/charset.js';
import { decodeDocument, looksLikeHtml } from '../../src/extract/decode.js';
import type { RawDocument } from '../../src/types/index.js';

const doc = (input: string, bytes: Uint8Array | number[], contentType: string | null = null): RawDocument => ({
  input,
  bytes: new Uint8Array(bytes),
  url: null,
  contentType,
});
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decodeDocument rejects binary documents', () => {
  const cases: [string, number[], RegExp][] = [
    ['ad.pdf', ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), /^ad\.pdf: a PDF document, not a web page or text$/],
    ['logo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /a PNG image/],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], /a JPEG image/],
    ['anim.gif', ascii('GIF89a\x01\x00\x01\x00'), /a GIF image/],
    ['pic.webp', [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 ')], /a WebP image/],
    ['report.docx', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...ascii('word/document.xml')], /a Word document \(docx\)/],
    ['bundle.zip', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...ascii('a.txt')], /a ZIP archive/],
    ['page.html', [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0], /gzip-compressed/],
    ['data.bin', [1, 2, 3, 0, 5, 6, 7, 8, 9, 0, 11], /a binary file/],
  ];
  for (const [input, bytes, message] of cases) {
    it(input, () => {
      assert.throws(
        () => decodeDocument(doc(input, bytes)),
        (e: unknown) => e instanceof DyadError && e.kind === 'input' && message.test(e.message) && e.message.startsWith(`${input}: `),
      );
    });
  }
});

describe('character sets', () => {
  it('fixes labels pages use', () => {
    const cases: [string, string | null][] = [
      ['cp1251', 'windows-1251'],
      ['win-1251', 'windows-1251'],
      ['Windows1251', 'windows-1251'],
      ['"KOI8R"', 'koi8-r'],
      ['utf8', 'utf-8'],
      ['ISO-8859-1', 'windows-1252'],
      ['8859-5', 'iso-8859-5'],
      ['no-such-charset', null],
    ];
    for (const [label, expected] of cases) assert.equal(normaliseCharsetLabel(label), expected, label);
  });

  it('reads <meta charset>, http-equiv and the HTTP header, the header first', () => {
    const meta = new Uint8Array(ascii('<html><head><meta charset="koi8-r"></head>'));
    assert.equal(detectCharset(meta, null).encoding, 'koi8-r');
    const equiv = new Uint8Array(ascii('<meta http-equiv="Content-Type" content="text/html; charset=cp1251">'));
    assert.equal(detectCharset(equiv, null).encoding, 'windows-1251');
    assert.equal(detectCharset(meta, 'text/html; charset=windows-1251').encoding, 'windows-1251');
  });

  it('follows a byte order mark', () => {
    const utf16 = [0xff, 0xfe, ...[...'<html><p>Да</p></html>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const { text, kind } = decodeDocument(doc('bom.html', utf16));
    assert.equal(text, '<html><p>Да</p></html>');
    assert.equal(kind, 'html');
    assert.equal(decodeDocument(doc('bom.txt', [0xef, 0xbb, 0xbf, ...ascii('plain')])).text, 'plain');
  });

  it('reads UTF-8 mislabelled as Latin-1 as UTF-8, and invalid UTF-8 as windows-1252', () => {
    const utf8 = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Café in Zürich</p>');
    assert.match(decodeDocument(doc('a.html', [...utf8])).text, /Café in Zürich/);
    const latin = [...ascii('<meta charset="utf-8"><p>Caf'), 0xe9, ...ascii(' cr'), 0xe8, ...ascii('me</p>')];
    assert.match(decodeDocument(doc('b.html', latin)).text, /Café crème/);
  });

  it('keeps a UTF-8 sequence cut by truncation', () => {
    const bytes = [...new TextEncoder().encode('<p>Київ'), 0xd0];
    assert.equal(detectCharset(new Uint8Array(bytes), null).encoding, 'utf-8');
  });
});

describe('HTML or text', () => {
  const cases: [string, boolean][] = [
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['\n\n  <!-- generated -->\n<html lang="en"><head><title>x</title></head></html>', true],
    ['Some leading junk from a proxy\r\n\r\n<!doctype html>\n<html>', true],
    ['<div class="a"><p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p><br><br><span>x</span></div>', true],
    ['Headline of the story\n\nThe body, with a stray <b>bold</b> word.\n\n!-- Google tag (gtag.js) -->\n', false],
    ['Plain prose about 3 < 4 and 5 > 2.', false],
  ];
  for (const [text, html] of cases) {
    it(`${html ? 'html' : 'text'}: ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(looksLikeHtml(text), html));
  }

  it('takes text/html from the transport', () => {
    assert.equal(decodeDocument(doc('u', ascii('Hello'), 'text/html; charset=utf-8')).kind, 'html');
  });
});
