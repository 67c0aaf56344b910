import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DyadError } from '../../src/errors.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import type { Article, RawDocument } from '../../src/types/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'html');

const doc = (input: string, bytes: Uint8Array, url: string | null = null, contentType: string | null = null): RawDocument => ({
  input,
  bytes,
  url,
  contentType,
});

/** Byte encoder for a single-byte charset, built by inverting Node's decoder for it. */
function encoder(charset: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return (text) =>
    new Uint8Array(
      [...text].map((c) => {
        if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
        const b = table.get(c);
        if (b === undefined) throw new Error(`${c} is not in ${charset}`);
        return b;
      }),
    );
}

const expectInputError = (fn: () => unknown, pattern: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof DyadError && e.kind === 'input' && pattern.test(e.message));
};

describe('extractArticle on news pages', () => {
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));
  for (const name of cases) {
    it(`gives the expected article for ${name}`, () => {
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Partial<Article> & { docUrl?: string };
      const { docUrl, ...fields } = expected;
      const article = extractArticle(doc(`${name}.html`, readFileSync(join(dir, `${name}.html`)), docUrl ?? null));
      for (const [key, value] of Object.entries(fields)) {
        assert.deepEqual(article[key as keyof Article], value, `${name}: ${key}`);
      }
      assert.equal(article.source.kind, 'html');
      // The fixtures are English news pages: the body's language is detected after extraction.
      assert.equal(article.language, 'en');
    });
  }

  for (const charset of ['windows-1251', 'koi8-r']) {
    it(`decodes a ${charset} page`, () => {
      const text = readFileSync(join(dir, 'cyrillic.txt'), 'utf8').replace('CHARSET', charset);
      const article = extractArticle(doc(`${charset}.html`, encoder(charset)(text)));
      assert.equal(article.title, 'Парламент одобрил бюджет на следующий год');
      assert.equal(
        article.body,
        'Депутаты в четверг одобрили проект бюджета на следующий год, предусматривающий рост расходов на образование и здравоохранение.\n\n' +
          'Министр финансов заявил, что дефицит бюджета не превысит трёх процентов валового внутреннего продукта.',
      );
    });
  }

  it('decodes a windows-1251 page that does not declare its charset', () => {
    const text = readFileSync(join(dir, 'cyrillic.txt'), 'utf8').replace('<meta charset="CHARSET">', '');
    const article = extractArticle(doc('undeclared.html', encoder('windows-1251')(text)));
    assert.equal(article.title, 'Парламент одобрил бюджет на следующий год');
  });

  it('keeps a lead photo that stands above the story body, with its caption, credit and full address', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the port strike, which entered its second week as unions and operators met again without agreement on pay.</p>`).join('');
    const html = `<!doctype html><html><head><title>Port strike</title><link rel="canonical" href="https://news.example/economy/port-strike"></head><body>
      <article><h1>Port strike enters second week</h1>
        <figure><img src="/photos/cranes.jpg" alt=""><figcaption>Idle cranes at the container terminal. <span class="credit">Photo: Ana Ruiz</span></figcaption></figure>
        <div class="story-body">${story}</div>
        <figure><img src="https://cdn.news.example/map.png"><figcaption>The terminals affected.</figcaption></figure>
      </article></body></html>`;
    const article = extractArticle(doc('port.html', new TextEncoder().encode(html)));
    assert.deepEqual(article.images, [
      { caption: 'Idle cranes at the container terminal.', credit: 'Ana Ruiz', url: 'https://news.example/photos/cranes.jpg' },
      { caption: 'The terminals affected.', credit: null, url: 'https://cdn.news.example/map.png' },
    ]);
    assert.match(article.body, /^Paragraph 1 of the report/);
    assert.doesNotMatch(article.body, /Idle cranes/);
  });

  it('reports a page with no article', () => {
    expectInputError(() => extractArticle(doc('404.html', readFileSync(join(dir, 'no-article.html')))), /^404\.html: no article text found$/);
  });

  it('survives 100,000 nested divs', () => {
    const html = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>A paragraph of the story, buried under a hundred thousand wrappers, that is still the only text on this page.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const article = extractArticle(doc('deep.html', new TextEncoder().encode(html)));
    assert.equal(article.body, 'A paragraph of the story, buried under a hundred thousand wrappers, that is still the only text on this page.');
  });

  it('extracts what there is from a truncated page', () => {
    const full = readFileSync(join(dir, 'graph-jsonld.html'), 'utf8');
    const cut = full.slice(0, full.indexOf('The port authority called') + 'The port authority called the walkout illegal and said'.length);
    const article = extractArticle(doc('cut.html', new TextEncoder().encode(cut)));
    assert.equal(article.title, 'Port strike halts grain exports');
    assert.match(article.body, /^Dock workers at the country's largest grain port/);
    assert.match(article.body, /The port authority called the walkout illegal and said$/);
  });
});
