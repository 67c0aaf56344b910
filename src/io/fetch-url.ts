import { STATUS_CODES } from 'node:http';
import { Agent, fetch, type Response } from 'undici';
import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';
import { tooLargeError } from './limits.js';
import { isPrivateAddressLiteral, privateAddressReason, publicLookup } from './public-address.js';

export interface FetchLimits {
  maxBytes: number;
  /** For the whole exchange: connecting, every redirect and the body. */
  timeoutMs: number;
  maxRedirects: number;
  /** Loopback, link-local and private addresses are refused unless this is true (--allow-private). */
  allowPrivate: boolean;
}

/**
 * One connection per request: ingest codes between fetches and can block the event loop past a
 * server's keep-alive time, and a reused socket the server has closed fails the next document.
 * The public agent connects to public addresses only, checked by the lookup itself at connect time.
 */
const agents: { public?: Agent; any?: Agent } = {};
const agentFor = (allowPrivate: boolean): Agent =>
  allowPrivate ? (agents.any ??= new Agent({ pipelining: 0 })) : (agents.public ??= new Agent({ pipelining: 0, connect: { lookup: publicLookup } }));

// Some sites refuse requests without a user agent; this one says plainly what is asking.
const USER_AGENT = 'dyad/0.1 (news event coding)';
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,application/xml;q=0.8,*/*;q=0.1';

/** Media types Dyad can read: pages, plain text and XML (feeds come later), and gzip of those. */
export function isReadableContentType(contentType: string | null): boolean {
  if (contentType === null) return true; // no header: let the decoder sniff the bytes
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '') return true;
  if (type.startsWith('text/')) return true;
  // A gzip file (a dump served as "story.txt.gz") is unpacked and checked again by readInput.
  if (type === 'application/gzip' || type === 'application/x-gzip') return true;
  return type === 'application/xhtml+xml' || type === 'application/xml' || /^application\/[\w.+-]+\+xml$/.test(type);
}

/**
 * Fetches an http(s) URL with a time limit, a size limit enforced while the body streams in, and
 * redirects followed by hand so that each hop is counted and checked.
 */
export async function fetchUrl(input: string, limits: FetchLimits): Promise<RawDocument> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let url = new URL(input);
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw inputError(input, `redirected to an unsupported URL scheme (${url.protocol})`);
      }
      // An address written in the URL is connected to without a lookup, so it is checked here.
      if (!limits.allowPrivate && isPrivateAddressLiteral(url.hostname)) {
        throw inputError(input, privateAddressReason(url.host));
      }
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
        dispatcher: agentFor(limits.allowPrivate),
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (location === null) throw inputError(input, `HTTP ${response.status} redirect without a Location`);
        if (hops >= limits.maxRedirects) throw inputError(input, `too many redirects (more than ${limits.maxRedirects})`);
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        // HTTP/2 has no reason phrase; the standard one reads better than a bare number.
        const reason = response.statusText || STATUS_CODES[response.status];
        const text = reason ? ` ${reason}` : '';
        throw inputError(input, `HTTP ${response.status}${text}`);
      }
      const contentType = response.headers.get('content-type');
      if (!isReadableContentType(contentType)) {
        await response.body?.cancel();
        throw inputError(input, `unsupported content type ${contentType ?? ''} (expected an HTML page or text)`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel();
        throw tooLargeError(input, declared, limits.maxBytes);
      }
      const bytes = await readBodyCapped(response, limits.maxBytes);
      if (bytes === null) throw tooLargeError(input, null, limits.maxBytes);
      return { input, bytes, url: url.href, contentType };
    }
  } catch (err) {
    throw networkError(input, err, limits.timeoutMs);
  }
}

async function readBodyCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Turns what fetch throws into one line a user can act on. */
export function networkError(input: string, err: unknown, timeoutMs: number): Error {
  if (!(err instanceof Error) || err.name === 'DyadError') return err as Error;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return inputError(input, `timed out after ${timeoutMs / 1000} s`);
  }
  if (err instanceof TypeError && err.message === 'Invalid URL') return inputError(input, 'not a valid URL');
  const cause = (err as { cause?: unknown }).cause;
  const code = cause instanceof Error ? (cause as NodeJS.ErrnoException).code : undefined;
  switch (code) {
    case 'EPRIVATEADDRESS':
      return inputError(input, (cause as Error).message);
    case 'ECONNREFUSED':
      return inputError(input, 'connection refused');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return inputError(input, `host not found (${new URL(input).hostname})`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return inputError(input, 'connection closed by the server');
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return inputError(input, `timed out after ${timeoutMs / 1000} s`);
    default: {
      if (/^(?:CERT_|ERR_TLS|ERR_SSL|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code ?? '') || (cause instanceof Error && /certificate/i.test(cause.message))) {
        return inputError(input, `TLS error (${code ?? (cause as Error).message})`);
      }
      const detail = code ?? (cause instanceof Error ? cause.message : err.message);
      return inputError(input, `fetch failed (${detail})`);
    }
  }
}
