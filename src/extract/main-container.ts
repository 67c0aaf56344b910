const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').length;

/**
 * The block the page itself marks as its content: one <article> that dominates the others, else the
 * <main> element. Readability sometimes keeps one section of a long page; this is the check on it.
 */
export function markedContainer(document: Document): Element | null {
  const articles = [...document.querySelectorAll('article')].map((el) => ({ el, n: textLength(el) })).sort((a, b) => b.n - a.n);
  const top = articles[0];
  if (top && top.n > 500 && (articles.length === 1 || top.n >= 2 * articles[1]!.n)) {
    // Nested <article>s: the outer one holds the inner ones, so it is the largest.
    return top.el;
  }
  const mains = document.querySelectorAll('main, [role="main"]');
  if (mains.length === 1) return mains[0]!;
  return null;
}
