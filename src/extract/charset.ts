/** Character set detection: byte order mark, HTTP header, <meta>, then the bytes themselves. */

export interface Charset {
  /** A WHATWG encoding name TextDecoder accepts. */
  encoding: string;
  /** Bytes of byte order mark to skip. */
  skip: number;
  source: 'bom' | 'header' | 'meta' | 'guess';
}

/** Labels seen on real pages that TextDecoder does not know, mapped to ones it does. */
const LABEL_FIXES: [RegExp, string][] = [
  [/^(?:x-)?(?:win|windows|cp|ms|ansi)[-_ ]?(125\d)$/, 'windows-$1'],
  [/^(?:x-)?(?:cp|ibm)[-_ ]?(866)$/, 'ibm866'],
  [/^koi8[-_ ]?([ru])$/, 'koi8-$1'],
  [/^utf[-_ ]?8$/, 'utf-8'],
  [/^(?:iso[-_ ]?)?8859[-_ ]?(\d{1,2})$/, 'iso-8859-$1'],
  [/^(?:x-)?(?:sjis|shift[-_]jis|ms932|cp932|windows-31j)$/, 'shift_jis'],
  [/^(?:gb[-_]?2312|cp936|gbk)$/, 'gbk'],
  [/^(?:big5[-_]?hkscs|big5)$/, 'big5'],
];

/** The encoding TextDecoder uses for a charset label, or null when the label is unusable. */
export function normaliseCharsetLabel(label: string): string | null {
  let l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  for (const [re, to] of LABEL_FIXES) {
    if (re.test(l)) {
      l = l.replace(re, to);
      break;
    }
  }
  try {
    const encoding = new TextDecoder(l).encoding;
    // Pages that say UTF-16 in a <meta> are never UTF-16 when the tag is readable as ASCII.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

function fromBom(bytes: Uint8Array): Charset | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3, source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2, source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2, source: 'bom' };
  return null;
}

/** UTF-16 without a mark: NULs in every other byte of ASCII-heavy text. */
function utf16WithoutBom(bytes: Uint8Array): Charset | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > 0.6 * half && evenZeros < 0.05 * half) return { encoding: 'utf-16le', skip: 0, source: 'guess' };
  if (evenZeros > 0.6 * half && oddZeros < 0.05 * half) return { encoding: 'utf-16be', skip: 0, source: 'guess' };
  return null;
}

const charsetParam = (value: string): string | null => /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(value)?.[1] ?? null;

/** The charset a page declares in its first bytes: <meta charset>, http-equiv, or an XML declaration. */
export function declaredCharset(head: string): string | null {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const label = charsetParam(value);
      if (label) return label;
    }
    if (direct) return direct[1]!;
  }
  return null;
}

/** Checks UTF-8 validity natively; a sequence cut at the very end (a truncated page) still counts. */
export function utf8Status(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    // eslint-disable-next-line no-control-regex -- anything outside ASCII came from a multi-byte sequence
    return { valid: true, multibyte: /[^\u0000-\u007f]/.test(text) };
  } catch {
    return { valid: false, multibyte: false };
  }
}

/**
 * Legacy single-byte text without a declaration. Cyrillic text has most letters above 0x7F, Western
 * European text only a few; KOI8-R puts lower case in 0xC0-0xDF where windows-1251 has upper case.
 */
export function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let asciiLetters = 0;
  let c0df = 0;
  let e0ff = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0 && b <= 0xdf) c0df++;
      else if (b >= 0xe0) e0ff++;
    } else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) asciiLetters++;
  }
  if (high > 20 && high / (high + asciiLetters) > 0.3 && c0df + e0ff > 0.7 * high) {
    return e0ff >= c0df ? 'windows-1251' : 'koi8-r';
  }
  return 'windows-1252';
}

export function detectCharset(bytes: Uint8Array, contentType: string | null): Charset {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const headerLabel = contentType ? charsetParam(contentType) : null;
  const header = headerLabel ? normaliseCharsetLabel(headerLabel) : null;
  const metaLabel = declaredCharset(head);
  const meta = metaLabel ? normaliseCharsetLabel(metaLabel) : null;
  const declared: Charset | null = header
    ? { encoding: header, skip: 0, source: 'header' }
    : meta
      ? { encoding: meta, skip: 0, source: 'meta' }
      : null;
  const utf8 = utf8Status(bytes);
  if (declared) {
    if (declared.encoding === 'utf-8') {
      return utf8.valid ? declared : { encoding: guessSingleByte(bytes), skip: 0, source: 'guess' };
    }
    // Legacy text almost never forms valid multi-byte UTF-8; a page that does was re-encoded
    // without updating its declaration.
    if (utf8.valid && utf8.multibyte) return { encoding: 'utf-8', skip: 0, source: 'guess' };
    return declared;
  }
  return { encoding: utf8.valid ? 'utf-8' : guessSingleByte(bytes), skip: 0, source: 'guess' };
}
