import type { ArticleImage } from '../types/index.js';
import { collectParagraphs } from './collect-paragraphs.js';

/**
 * The figures of the page's marked block, read before Readability runs: it keeps the story text
 * and drops what stands outside it, such as the lead photo above the body with its caption.
 */
export function pageFigures(container: Element): ArticleImage[] {
  return [...container.querySelectorAll('figure')].filter((f) => !f.parentElement?.closest('figure')).flatMap((f) => collectParagraphs(f).images);
}

const key = (image: ArticleImage): string => image.url ?? image.caption ?? image.credit ?? '';

/** The block's figures in page order, then what the body walk found that they do not hold. */
export function mergeImages(figures: ArticleImage[], fromBody: ArticleImage[]): ArticleImage[] {
  const seen = new Set(figures.map(key));
  return [...figures, ...fromBody.filter((image) => !seen.has(key(image)))];
}
