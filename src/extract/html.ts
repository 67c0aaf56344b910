import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { inputError } from '../errors.js';
import type { RawDocument } from '../types/index.js';
import type { ExtractedParts } from './build-article.js';
import { normaliseSpace } from './build-article.js';
import { cleanDom } from './clean-dom.js';
import { collectParagraphs } from './collect-paragraphs.js';
import { markedContainer } from './main-container.js';
import { readMetadata } from './metadata.js';
import { choosePageTitle } from './page-title.js';
import { prepareHtml } from './prepare-html.js';

const CONTAINER_SHARE = Number(process.env.DYAD_CS ?? 0.6);

const textLength = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

/** Text of a heading; a <br> inside it separates words. */
function headingText(h: Element): string {
  for (const br of h.querySelectorAll('br')) br.replaceWith(' ');
  return normaliseSpace(h.textContent ?? '');
}

/** Body and metadata of a news page. */
export function extractHtml(html: string, doc: RawDocument): ExtractedParts {
  const prepared = prepareHtml(html);
  const { document } = parseHTML(prepared.html);
  const meta = readMetadata(document, prepared.jsonLd, doc.url);
  const headings = [...document.querySelectorAll('h1')].slice(0, 5).map(headingText);
  const title = choosePageTitle({ headings, headline: meta.headline, ogTitle: meta.ogTitle, htmlTitle: meta.htmlTitle, site: meta.site, url: meta.url });

  cleanDom(document);
  const container = markedContainer(document);
  // Walked before Readability, which rearranges the document as it works.
  const marked = container ? collectParagraphs(container) : null;
  const parsed = new Readability<Element>(document, { serializer: (el) => el as Element, disableJSONLD: true }).parse();
  let body = parsed?.content ? collectParagraphs(parsed.content) : null;
  if (marked && (!body || textLength(body.paragraphs) < CONTAINER_SHARE * textLength(marked.paragraphs))) body = marked;
  if (!body) throw inputError(doc.input, 'no article text found');
  return {
    kind: 'html',
    url: meta.url,
    title,
    subtitle: null,
    byline: meta.byline,
    published: meta.published,
    language: null,
    images: body.images,
    site: meta.site,
    paragraphs: body.paragraphs,
  };
}
