import type { BodySource } from '../types/index.js';
import type { CollectedBody } from './collect-paragraphs.js';
import { collectParagraphs } from './collect-paragraphs.js';

/**
 * The body of a page where Readability found nothing: first the paragraphs that read as prose (the
 * paragraph scorer), else the element holding the most text of its own (the largest text block).
 * Works on a cleaned document, so navigation, footers and forms are already gone.
 */
export function fallbackBody(document: Document): { body: CollectedBody; from: BodySource } | null {
  const root = document.body;
  if (!root) return null;
  const scored = scoredParagraphs(root);
  if (scored) return { body: scored, from: 'paragraphs' };
  const block = largestBlock(root);
  if (block) return { body: collectParagraphs(block), from: 'largest-block' };
  return null;
}

const LEAF_BLOCK = 'p, li, blockquote, pre, dd, td, h2, h3, h4, div, section';
const INNER_BLOCK = /^(?:p|div|section|article|ul|ol|li|table|blockquote|pre|h[1-6]|dl|figure|header|main)$/;

const spaced = (s: string): string => s.replace(/\s+/g, ' ').trim();

function linkShare(el: Element, length: number): number {
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += spaced(a.textContent ?? '').length;
  return length === 0 ? 1 : links / length;
}

/** A block of prose: a sentence of eight words or more, few of them in links. */
function isProse(text: string, el: Element): boolean {
  const words = text.split(' ').length;
  return words >= 8 && /[.!?…:;»"”)]/u.test(text) && linkShare(el, text.length) < 0.3;
}

/**
 * Blocks with no block inside them, kept when they read as prose; a short block between two kept
 * ones (a subheading) stays with them. Null when no block reads as prose.
 */
function scoredParagraphs(root: Element): CollectedBody | null {
  const blocks = [...root.querySelectorAll(LEAF_BLOCK)].filter((el) => ![...el.children].some((c) => INNER_BLOCK.test(c.localName)));
  const texts = blocks.map((el) => spaced(el.textContent ?? ''));
  const good = blocks.map((el, i) => isProse(texts[i]!, el));
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const between = !good[i] && texts[i]!.length > 0 && texts[i]!.length < 120 && good.slice(0, i).includes(true) && good.slice(i + 1).includes(true);
    if (good[i] || (between && linkShare(blocks[i]!, texts[i]!.length) < 0.5)) paragraphs.push(texts[i]!);
  }
  return good.includes(true) ? { paragraphs, images: [] } : null;
}

/** Less own text than this is a notice ("Page not found"), not an article. */
const MIN_BLOCK = 100;

/** The element whose own text (not that of its block children) is the longest, when it is long enough. */
function largestBlock(root: Element): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    let own = 0;
    for (const child of el.childNodes) {
      if (child.nodeType === 3) own += spaced(child.nodeValue ?? '').length;
      else if (child.nodeType === 1 && !INNER_BLOCK.test((child as Element).localName)) own += spaced(child.textContent ?? '').length;
    }
    if (own > bestLength) {
      best = el;
      bestLength = own;
    }
  }
  return bestLength >= MIN_BLOCK ? best : null;
}
