/**
 * DOM cleaning before Readability: what is never the story goes, so that Readability neither keeps
 * it nor is misled by it when it scores blocks.
 */

/** Tags that hold navigation, forms and chrome. */
const DROP_TAGS = 'nav, footer, aside, form, dialog, button, select, textarea, input, label[for], menu';

/** Class, id or role words of boilerplate blocks, matched as whole words of the attribute. */
const BOILERPLATE = new RegExp(
  [
    'share', 'sharing', 'social', 'socials', 'share-?bar', 'share-?buttons', 'sharetools', 'newsletter', 'subscribe',
    'subscription', 'signup', 'sign-?up', 'related', 'related-?(?:posts|articles|stories|content|links)', 'recommended',
    'recommendations', 'read-?more', 'more-?stories', 'most-?(?:read|popular|viewed)', 'trending', 'popular',
    'comments?', 'comment-?(?:list|form|section|respond)', 'disqus', 'respond', 'cookie', 'cookies', 'consent',
    'gdpr', 'banner', 'promo', 'promotion', 'advert', 'advertisement', 'ads?', 'ad-?(?:slot|unit|container|wrapper|label)',
    'adsbygoogle', 'dfp', 'sponsored', 'outbrain', 'taboola', 'sidebar', 'breadcrumbs?', 'pagination', 'pager',
    'author-?bio', 'author-?box', 'about-?the-?author', 'tags', 'tag-?list', 'topics', 'popup', 'modal', 'overlay',
    'toolbar', 'skip-?link', 'visually-?hidden', 'sr-only', 'screen-?reader-?text', 'print-?only',
    'paywall', 'cta', 'table-?of-?contents', 'jump-?links', 'reactions',
    'footnotes?-?nav', 'site-?footer', 'site-?header', 'masthead', 'menu', 'navbar', 'navigation', 'nav',
  ].join('|'),
  'i',
);
/** The word itself or its first part before a dash: "share-bar", "related-posts", "comments__list". */
const BOILERPLATE_WORD = new RegExp(`^(?:${BOILERPLATE.source})(?:$|[-_])`, 'i');
const WORD_SPLIT = /\s+/;

export function isBoilerplate(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar)$/i.test(role)) return true;
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!attr.trim()) return false;
  for (const word of attr.split(WORD_SPLIT)) {
    if (word && BOILERPLATE_WORD.test(word)) return true;
  }
  return false;
}

/** React streams server-rendered segments into hidden <div id="S:0"> before a script moves them in place. */
function unhideStreamedSegments(document: Document): void {
  for (const el of document.querySelectorAll('div[hidden]')) {
    if (/^S:\d+$/.test(el.getAttribute('id') ?? '')) el.removeAttribute('hidden');
  }
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += (a.textContent ?? '').length;
  return n;
}

/** Text length without runs of whitespace, and the part of it inside links. */
function textAndLinks(el: Element): { text: number; links: number } {
  return { text: (el.textContent ?? '').replace(/\s+/g, ' ').length, links: linkText(el) };
}

function looksLikeProse(el: Element, page: { text: number; links: number }): boolean {
  const { text, links } = textAndLinks(el);
  if (text < 200) return false;
  // Most of the page's text outside links: a wrapper (ASP.NET wraps whole pages in a <form>), whose
  // parts are judged one by one.
  if (text - links > 0.6 * (page.text - page.links)) return true;
  return (text > 0.4 * page.text && links < 0.5 * text) || (text > 1000 && links < 0.3 * text);
}

export function cleanDom(document: Document): void {
  unhideStreamedSegments(document);
  const body = document.body;
  if (!body) return;
  const page = textAndLinks(body);
  const dropTags = new Set([...body.querySelectorAll(DROP_TAGS)]);
  for (const el of [...body.querySelectorAll('*')]) {
    if (!el.isConnected || el.localName === 'article' || el.localName === 'main') continue;
    if (!dropTags.has(el) && !isBoilerplate(el)) continue;
    // A wrapper named after one of these words can hold the story: long blocks of prose stay.
    if (looksLikeProse(el, page)) continue;
    el.remove();
  }
}
