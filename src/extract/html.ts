import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { inputError } from '../errors.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, overLimitError } from '../io/limits.js';
import type { BodySource, RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';
import { normaliseSpace } from './build-article.js';
import { cleanDom } from './clean-dom.js';
import { collectParagraphs } from './collect-paragraphs.js';
import type { CollectedBody } from './collect-paragraphs.js';
import { fallbackBody } from './fallback-body.js';
import { filterParagraphs } from './filter-paragraphs.js';
import { markedContainer } from './main-container.js';
import { mergeImages, pageFigures } from './page-figures.js';
import { absoluteUrl, readMetadata } from './metadata.js';
import { pageTitle } from './page-title.js';
import { scriptDates } from './publication-date.js';
import { prepareHtml } from './prepare-html.js';

/** Readability's text below this share of the page's marked <article>/<main> block: take the block. */
const CONTAINER_SHARE = 0.6;

/** Paragraph text length with the separators, comparable to the block's normalised text length. */
const textLength = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length + 1, 0);

const parseDocument = (html: string): Document => parseHTML(html).document;

const STANDFIRST = '.standfirst, .dek, .article-dek, .subtitle, .subheadline, .sub-headline, .article-subtitle, .summary-lede, .lede-summary, [itemprop="alternativeHeadline"], [data-component="standfirst"]';

function standfirstText(document: Document): string | null {
  const el = document.querySelector(STANDFIRST);
  const text = el ? normaliseSpace(el.textContent ?? '') : '';
  return text.length >= 20 && text.length <= 400 ? text : null;
}

const prefixKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 60);

/**
 * A standfirst the page marks as one, else the description when it reads as one: not cut off with
 * an ellipsis, not the title again, not the start of the body.
 */
function chooseSubtitle(standfirst: string | null, description: string | null, title: string | null, paragraphs: string[]): string | null {
  if (standfirst) return standfirst;
  if (!description) return null;
  const d = normaliseSpace(description);
  if (d.length < 20 || d.length > 400 || /(?:\.\.\.|…|\[…\])$/.test(d)) return null;
  if (title && prefixKey(d) === prefixKey(title)) return null;
  const first = paragraphs[0] ? prefixKey(paragraphs[0]) : '';
  if (first && first === prefixKey(d)) return null;
  return d;
}

/** Readability's article as paragraphs; null when it finds none or fails on the page. */
function readabilityBody(document: Document): CollectedBody | null {
  let parsed: { content?: Element | null } | null;
  try {
    parsed = new Readability<Element>(document, { serializer: (el) => el as Element, disableJSONLD: true }).parse();
  } catch {
    // Readability throws on some malformed pages; the fallback paths read them instead.
    parsed = null;
  }
  return parsed?.content ? collectParagraphs(parsed.content) : null;
}

/** Elements in the page, by their start tags. */
function countElements(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** The depth of the deepest element, walked without recursion (a hostile page nests 100,000 deep). */
function domDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth > deepest) deepest = depth;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Body and metadata of a news page. */
export function extractHtml(html: string, doc: RawDocument): ExtractedParts {
  const prepared = prepareHtml(html);
  const elements = countElements(prepared.html);
  if (elements > MAX_HTML_ELEMENTS) throw overLimitError(doc.input, 'HTML elements', elements, MAX_HTML_ELEMENTS);
  const document = parseDocument(prepared.html);
  const depth = domDepth(document.documentElement);
  if (depth > MAX_HTML_DEPTH) throw inputError(doc.input, `HTML nested too deeply (${depth} levels; the limit is ${MAX_HTML_DEPTH})`);
  const meta = readMetadata(document, prepared.jsonLd, doc.url, { scriptDates: scriptDates(html), fetched: doc.fetched });
  const title = pageTitle(document, meta);

  const standfirst = standfirstText(document);
  cleanDom(document);
  const container = markedContainer(document);
  const containerText = container ? normaliseSpace(container.textContent ?? '').length : 0;
  const figures = container ? pageFigures(container) : [];
  let body = readabilityBody(document);
  let bodyFrom: BodySource = 'readability';
  // Readability rearranges the document as it works: the other paths read a fresh parse.
  const fresh = (): Document => {
    const d = parseDocument(prepared.html);
    cleanDom(d);
    return d;
  };
  if (containerText > 0 && (!body || textLength(body.paragraphs) < CONTAINER_SHARE * containerText)) {
    const again = markedContainer(fresh());
    if (again) {
      body = collectParagraphs(again);
      bodyFrom = 'marked-block';
    }
  }
  let subtitle = body ? chooseSubtitle(standfirst, meta.description, title, body.paragraphs) : null;
  let paragraphs = body ? filterParagraphs(body.paragraphs, { title, subtitle, byline: meta.byline }) : [];
  if (!paragraphs.some((p) => p.trim().length > 0)) {
    const fallback = fallbackBody(fresh());
    if (!fallback) throw inputError(doc.input, 'no article text found');
    ({ body, from: bodyFrom } = fallback);
    subtitle = chooseSubtitle(standfirst, meta.description, title, body.paragraphs);
    paragraphs = filterParagraphs(body.paragraphs, { title, subtitle, byline: meta.byline });
    // What the filter takes for a headline or date line is still better than no text at all.
    if (!paragraphs.some((p) => p.trim().length > 0)) paragraphs = body.paragraphs;
  }
  return {
    bodyFrom,
    kind: 'html',
    url: meta.url,
    title,
    subtitle,
    byline: meta.byline,
    published: meta.published,
    language: null,
    // An address that cannot be made full (a relative path on a page with no URL) stays as written.
    images: mergeImages(figures, body?.images ?? []).map((image) => ({ ...image, url: absoluteUrl(image.url, meta.url) ?? image.url ?? null })),
    site: meta.site,
    paragraphs,
  };
}
