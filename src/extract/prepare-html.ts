/**
 * String-level preparation before the DOM parser: pulls out JSON-LD, drops what never holds article
 * text (scripts, styles, SVG, comments) so the parser and Readability have less to walk, and rebuilds
 * the document skeleton, because linkedom leaves the body empty when <html>, <head> or <body> is missing.
 */
export interface PreparedHtml {
  html: string;
  jsonLd: string[];
}

const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const DROPPED = /<(script|style|svg|template|noscript|iframe|object|canvas|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function prepareHtml(source: string): PreparedHtml {
  const jsonLd: string[] = [];
  for (const m of source.matchAll(JSON_LD)) jsonLd.push(m[1]!);
  const html = source
    .replace(COMMENT, '')
    .replace(DROPPED, '')
    // An unclosed <script> or <style> (a truncated page) would swallow the rest as text.
    .replace(/<(script|style)\b[^>]*>[\s\S]*$/i, '');
  return { html: rebuildSkeleton(limitNesting(html)), jsonLd };
}

/** Deeper than this, wrapper tags are dropped and their text kept: no article needs them, and
 * Readability's work grows with the square of the depth (300 levels took seconds). */
export const MAX_DEPTH = 60;

/** Tags whose end is often left out; they do not count towards the depth. */
const OPTIONAL_END = /^(?:p|li|dt|dd|tr|td|th|option|optgroup|rb|rt|rp|colgroup|tbody|thead|tfoot|caption)$/i;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|keygen|command)$/i;

export function limitNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g;
  for (const m of html.matchAll(tag)) {
    if (OPTIONAL_END.test(m[2]!) || VOID.test(m[2]!) || m[0].endsWith('/>')) continue;
    depth += m[1] ? -1 : 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= MAX_DEPTH) return html;
  depth = 0;
  return html.replace(tag, (whole, close: string, name: string) => {
    if (OPTIONAL_END.test(name) || VOID.test(name) || whole.endsWith('/>')) return whole;
    if (close) {
      depth--;
      return depth >= MAX_DEPTH ? '' : whole;
    }
    depth++;
    return depth > MAX_DEPTH ? '' : whole;
  });
}

const attrs = (tag: string | undefined): string => (tag ? tag.replace(/^<\w+/, '').replace(/\/?>$/, '') : '');

/** <html attrs><head>…</head><body attrs>…</body></html>, whatever the source left out. */
export function rebuildSkeleton(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const bodyTag = /<body\b[^>]*>/i.exec(html);
  let head: string;
  let body: string;
  if (bodyTag) {
    head = html.slice(0, bodyTag.index);
    body = html.slice(bodyTag.index + bodyTag[0].length);
  } else {
    const headEnd = /<\/head\s*>/i.exec(html);
    if (headEnd) {
      head = html.slice(0, headEnd.index);
      body = html.slice(headEnd.index + headEnd[0].length);
    } else {
      // No head and no body: head-only elements at the start, the rest is body.
      const lead = /^(?:\s*(?:<!doctype[^>]*>|<\?xml[^>]*>|<html\b[^>]*>|<head\b[^>]*>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title\s*>))*/i.exec(
        html,
      )![0];
      head = lead;
      body = html.slice(lead.length);
    }
  }
  head = head.replace(/<!doctype[^>]*>|<\?xml[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>/gi, '');
  body = body.replace(/<\/?(?:html|body|head)\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html${attrs(htmlTag?.[0])}><head>${head}</head><body${attrs(bodyTag?.[0])}>${body}</body></html>`;
}
