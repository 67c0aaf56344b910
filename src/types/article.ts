/** The Article record of the spec: what `dyad extract` prints and every later stage reads. */
export interface Article {
  /** Stable id: "a_" + hash of the normalised body text. */
  id: string;
  url: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string[];
  /** ISO 8601 date or date-time, as precise as the source. */
  published: string | null;
  /** ISO 639-1 code of the body's language, or null when it cannot be told. */
  language: string | null;
  images: ArticleImage[];
  /** Paragraphs joined by "\n\n"; no boilerplate. */
  body: string;
  /** UTF-16 offsets of each paragraph into `body`. */
  paragraphs: Span[];
  source: ArticleSource;
  /** The site's name when the page gives it (og:site_name, JSON-LD publisher). Extension of the spec. */
  site?: string | null;
  /** How the body was found: extraction sets it; records read back from a store may lack it. Extension of the spec. */
  bodyFrom?: BodySource;
}

/**
 * Which path of extraction gave the body, most trusted first: Readability; the block the page marks
 * as its content (<article>, <main>) when Readability kept too little of it; the paragraph scorer when
 * Readability found nothing; the largest block of text when no paragraph passed; a text document.
 */
export type BodySource = 'readability' | 'marked-block' | 'paragraphs' | 'largest-block' | 'text';

export interface ArticleImage {
  caption: string | null;
  credit: string | null;
  url?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface ArticleSource {
  kind: 'html' | 'text';
  bytes: number;
  sha256: string;
}

/** A document as read from a file, stdin or URL, before extraction: bytes plus what the transport told. */
export interface RawDocument {
  /** What the user named: a path, "-" or a URL. Used in messages and in the `input` field. */
  input: string;
  bytes: Uint8Array;
  /** The URL the bytes came from (after redirects), when fetched. */
  url: string | null;
  /** The HTTP Content-Type header, when fetched. */
  contentType: string | null;
  /** When the bytes were fetched (ISO 8601; a WARC record's date), when known: no publication date is later. */
  fetched?: string | null;
}
