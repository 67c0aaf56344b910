import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { findQuotes } from '../../src/code/quotes.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import { articleOf } from '../annotate/article-of.js';
import { tinyDictionary } from '../resolve/tiny-dictionary.js';

function quotes(body: string): Array<[string, string | null, string | null]> {
  const article = articleOf(body, '2024-03-14');
  const found = findQuotes(resolveActors(annotate(article), tinyDictionary(), '2024-03-14'), article);
  for (const q of found) {
    assert.equal(article.body.slice(q.span[0], q.span[1]), q.text);
    assert.equal(q.kind, 'quote');
    assert.equal(q.article, article.id);
  }
  return found.map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.code ?? null]);
}

describe('findQuotes', () => {
  const cases: Array<[string, Array<[string, string | null, string | null]>]> = [
    ['Ruto said: “The talks were useful.”', [['The talks were useful.', 'Ruto', 'KENGOV']]],
    ['“We will not yield,” said Macron.', [['We will not yield', 'Macron', 'FRAGOV']]],
    ['"We will not yield," Macron said on Friday.', [['We will not yield', 'Macron', 'FRAGOV']]],
    ['According to Putin, the plan was "reckless".', [['reckless', 'Putin', 'RUSGOV']]],
    ['Putin told reporters the deal was “dead”.', [['dead', 'Putin', 'RUSGOV']]],
    ["Macron called the tariffs 'absurd' on Monday.", [['absurd', 'Macron', 'FRAGOV']]],
    ['Lukashenko called the sanctions ‘silly’ and left.', [['silly', 'Lukashenko', 'BLRGOV']]],
    ['Ruto met Macron. “We agreed on a lot,” he said.', [['We agreed on a lot', 'William Ruto', 'KENGOV']]],
    ['Ruto said the sanctions were “unfair” and claimed that France had gained.', [['unfair', 'Ruto', 'KENGOV']]],
    // a name the dictionary does not know is still the speaker, with the placeholder code
    ['“It is over,” said Jane Doe, a spokeswoman.', [['It is over', 'Jane Doe', '---']]],
    ['Macron welcomed Ruto’s remarks about how “trade is booming” in Kenya.', [['trade is booming', 'Ruto', 'KENGOV']]],
    ['The headline read “Calm returns”.', [['Calm returns', null, null]]],
    ["Russia's envoy met Kenya's minister; the Kremlin's plan stood.", []],
  ];
  for (const [body, expected] of cases) it(body, () => assert.deepEqual(quotes(body), expected));

  it('keeps a quote running over two sentences whole', () => {
    assert.deepEqual(quotes('“The first point is trade. The second is security,” Ruto said.'), [
      ['The first point is trade. The second is security', 'Ruto', 'KENGOV'],
    ]);
  });

  it('gives a follow-on quote the speaker of the one before', () => {
    assert.deepEqual(quotes('“Yes,” Macron said. “We will sign.”'), [['Yes', 'Macron', 'FRAGOV'], ['We will sign.', 'Macron', 'FRAGOV']]);
  });

  it('closes a quote left open at the end of a paragraph', () => {
    assert.deepEqual(quotes('Ruto said: “We stand firm.\n\n“And we will not leave,” he added.'), [
      ['We stand firm.', 'Ruto', 'KENGOV'], ['And we will not leave', 'William Ruto', 'KENGOV'],
    ]);
  });

  it('takes the speaker of a quote that stands after "X said:" in the sentence before', () => {
    assert.deepEqual(quotes('Putin said:\n“Nobody wants war.”'), [['Nobody wants war.', 'Putin', 'RUSGOV']]);
  });
});

describe('findQuotes on hostile input', () => {
  it('stays fast on a long text full of short quotes', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `"w${i}" said`).join(' ');
    const article = articleOf(body, '2024-03-14');
    const t0 = performance.now();
    const found = findQuotes(resolveActors(annotate(article), tinyDictionary(), '2024-03-14'), article);
    assert.equal(found.length, 20_000);
    assert.ok(performance.now() - t0 < 30_000);
  });
  it('finds nothing in an empty article', () => {
    const article = articleOf('', null);
    assert.deepEqual(findQuotes([], article), []);
  });
});
