import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';
import { normaliseSpace } from './build-article.js';
import { cleanDom } from './clean-dom.js';
import { collectParagraphs } from './collect-paragraphs.js';
import { filterParagraphs } from './filter-paragraphs.js';
import { markedContainer } from './main-container.js';
import { mergeImages, pageFigures } from './page-figures.js';
import { absoluteUrl, readMetadata } from './metadata.js';
import { pageTitle } from './page-title.js';
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

/** Body and metadata of a news page. */
export function extractHtml(html: string, doc: RawDocument): ExtractedParts {
  const prepared = prepareHtml(html);
  const document = parseDocument(prepared.html);
  const meta = readMetadata(document, prepared.jsonLd, doc.url);
  const title = pageTitle(document, meta);

  const standfirst = standfirstText(document);
  cleanDom(document);
  const container = markedContainer(document);
  const containerText = container ? normaliseSpace(container.textContent ?? '').length : 0;
  const figures = container ? pageFigures(container) : [];
  const parsed = new Readability<Element>(document, { serializer: (el) => el as Element, disableJSONLD: true }).parse();
  let body = parsed?.content ? collectParagraphs(parsed.content) : null;
  if (containerText > 0 && (!body || textLength(body.paragraphs) < CONTAINER_SHARE * containerText)) {
    // Readability rearranged the document as it worked: take the marked block from a fresh parse.
    const fresh = parseDocument(prepared.html);
    cleanDom(fresh);
    const again = markedContainer(fresh);
    if (again) body = collectParagraphs(again);
  }
  if (!body) throw inputError(doc.input, 'no article text found');
  const subtitle = chooseSubtitle(standfirst, meta.description, title, body.paragraphs);
  const paragraphs = filterParagraphs(body.paragraphs, { title, subtitle, byline: meta.byline });
  return {
    kind: 'html',
    url: meta.url,
    title,
    subtitle,
    byline: meta.byline,
    published: meta.published,
    language: null,
    // An address that cannot be made full (a relative path on a page with no URL) stays as written.
    images: mergeImages(figures, body.images).map((image) => ({ ...image, url: absoluteUrl(image.url, meta.url) ?? image.url ?? null })),
    site: meta.site,
    paragraphs,
  };
}
