import type { ArticleImage } from '../types/index.js';
import { normaliseSpace } from './build-article.js';
import { creditLine, splitCaption } from './image-credit.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'input', 'textarea', 'iframe']);
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|photo-caption|figure-caption)(?:$|[\s_-])/i;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|image-source|photo-source)(?:$|[\s_-])/i;

export interface CollectedBody {
  paragraphs: string[];
  images: ArticleImage[];
}

function imageUrl(el: Element): string | null {
  const img = el.localName === 'img' ? el : el.querySelector('img');
  if (!img) return null;
  for (const a of ['data-src', 'data-original', 'data-lazy-src', 'src']) {
    const v = img.getAttribute(a);
    if (v && !v.startsWith('data:')) return v.trim();
  }
  return null;
}

function textOf(el: Element): string {
  return normaliseSpace(el.textContent ?? '');
}

/**
 * Walks the article element into paragraphs: block elements and <br><br> end one. Captions and photo
 * credits go to images instead. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function collectParagraphs(root: Element): CollectedBody {
  const paragraphs: string[] = [];
  const images: ArticleImage[] = [];
  let current = '';
  let brs = 0;
  const flush = (): void => {
    const p = normaliseSpace(current);
    current = '';
    brs = 0;
    if (!p) return;
    const credit = creditLine(p);
    if (credit && p.length < 100) {
      const last = images[images.length - 1];
      if (last && last.credit === null) last.credit = credit;
      else images.push({ caption: null, credit, url: null });
      return;
    }
    paragraphs.push(p);
  };
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (brs >= 2 && t.trim()) flush();
      if (t.trim()) brs = 0;
      current += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (exit) {
      if (BLOCK.has(tag)) flush();
      else if (CELL.has(tag)) current += ' ';
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      brs++;
      current += ' ';
      continue;
    }
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (tag === 'figcaption' || (tag !== 'figure' && CAPTION_CLASS.test(cls) && textOf(el).length < 600)) {
      flush();
      const figure = el.closest('figure') ?? el.parentElement;
      const creditEl = el.querySelector('[class*="credit"], [class*="copyright"], [class*="source"], small, cite');
      const caption = textOf(el);
      if (creditEl && textOf(creditEl) && textOf(creditEl) !== caption) {
        const credit = textOf(creditEl).replace(/^(?:photo|image|credit|foto|source)\s*:\s*|^©\s*/i, '');
        const rest = normaliseSpace(caption.replace(textOf(creditEl), ''));
        images.push({ caption: rest || null, credit, url: figure ? imageUrl(figure) : null });
      } else {
        images.push({ ...splitCaption(caption), url: figure ? imageUrl(figure) : null });
      }
      continue;
    }
    if (CREDIT_CLASS.test(cls) && textOf(el).length < 120) {
      flush();
      const credit = textOf(el).replace(/^(?:photo|image|credit|foto|source)\s*:\s*|^©\s*/i, '');
      if (credit) {
        const last = images[images.length - 1];
        if (last && last.credit === null) last.credit = credit;
        else images.push({ caption: null, credit, url: imageUrl(el.closest('figure') ?? el) });
      }
      continue;
    }
    if (tag === 'figure' && !el.querySelector('figcaption')) {
      const url = imageUrl(el);
      if (url) images.push({ caption: null, credit: null, url });
    }
    if (BLOCK.has(tag)) flush();
    stack.push({ node: el, exit: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return { paragraphs, images };
}
