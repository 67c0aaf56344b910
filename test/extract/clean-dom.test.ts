import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { cleanDom } from '../../src/extract/clean-dom.js';

const sentence = 'The council voted on Thursday to keep the night bus running through the winter, after a petition gathered four thousand names.';

describe('cleanDom', () => {
  it('keeps a form that wraps the whole page and still drops the boilerplate inside it', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Section number ${i}</a>`).join(' ');
    const { document } = parseHTML(
      `<html><body><form id="pageForm" action="/"><div class="navbar">${links}</div><div class="story"><p>${sentence}</p><p>${sentence}</p></div><div class="newsletter">Sign up for our letter</div></form></body></html>`,
    );
    cleanDom(document);
    const text = document.body.textContent ?? '';
    assert.match(text, /night bus/);
    assert.doesNotMatch(text, /Section number|Sign up/);
  });

  it('drops a form that is only a part of the page', () => {
    const { document } = parseHTML(`<html><body><p>${sentence}</p><p>${sentence}</p><form><label for="q">Search the site</label><input id="q"></form></body></html>`);
    cleanDom(document);
    assert.doesNotMatch(document.body.textContent ?? '', /Search the site/);
  });
});
