const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Searches the first bytes only: enough for a zip's first entry name. */
function containsAscii(bytes: Uint8Array, text: string, limit: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).includes(text, 0, 'latin1');
}

/**
 * Names the kind of a binary document ("a PDF document"), or returns null for what may be text.
 * Text in UTF-16 has NUL bytes too, so a caller checks for a UTF-16 byte order mark first.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'a PDF document';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'a GIF image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'a WebP image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/', 4096)) return 'a Word document (docx)';
    if (containsAscii(bytes, 'xl/', 4096)) return 'an Excel workbook (xlsx)';
    if (containsAscii(bytes, 'epub', 4096)) return 'an EPUB book';
    return 'a ZIP archive';
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip-compressed data (decompress it first)';
  if (startsWith(bytes, [0x42, 0x5a, 0x68])) return 'bzip2-compressed data (decompress it first)';
  if (startsWith(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz-compressed data (decompress it first)';
  if (startsWith(bytes, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd-compressed data (decompress it first)';
  if (startsWith(bytes, ascii('7z'), 0) && startsWith(bytes, [0xbc, 0xaf, 0x27, 0x1c], 2)) return 'a 7-Zip archive';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'an old Microsoft Office document';
  if (startsWith(bytes, ascii('\x7fELF'))) return 'an executable program';
  if (startsWith(bytes, ascii('ID3')) || startsWith(bytes, [0xff, 0xfb])) return 'an MP3 audio file';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'a video or audio file';
  return looksBinary(bytes) ? 'a binary file' : null;
}

/** NUL bytes or many control characters in the first 8 KB: no text encoding we read produces them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (ISO-2022 encodings) occur in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}
