import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeArticle } from '../../src/code/code-article.js';
import { articleOf } from '../annotate/article-of.js';

/**
 * Whole-pipeline tables (annotate, resolve, code) for the kinds of sentence the coder used to miss:
 * each row is a sentence written for the test and the events "CAMEO source>target" it must yield
 * (among others: the table checks that these are found, not that nothing else is).
 */
type Row = [sentence: string, expected: string[]];

function coded(sentence: string): string[] {
  return codeArticle(articleOf(sentence, '2019-05-02')).events.map((e) => `${e.action.cameo} ${e.source.code}>${e.target?.code ?? '-'}`);
}

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) {
      it(sentence, () => {
        const got = coded(sentence);
        for (const e of expected) assert.ok(got.includes(e), `${e} not among ${got.join(', ')}`);
      });
    }
  });
}

table('a hedged number is no preposition ("at least", "more than", "about")', [
  ['Chadian troops killed at least 40 Boko Haram fighters near the lake.', ['1823 TCDMIL>NGAREB']],
  ['Kenyan police arrested more than 30 Somali refugees in Nairobi.', ['173 KENCOP>SOMREF']],
  ['Hamas released about 20 Israeli hostages.', ['0841 PSEREBHMS>ISR']],
  ['The Taliban kidnapped up to 12 Pakistani engineers.', ['181 AFGREBTAL>PAK']],
]);

table('a past tense tagged as an adjective is still the verb', [
  ['Turkish police on Monday apprehended a Syrian smuggler.', ['173 TURCOP>SYRCRM']],
]);

describe('days of the week are never a leader named alone', () => {
  it('"on Friday" is a date, not a person', () => {
    const events = codeArticle(articleOf('Police in Cairo on Friday arrested the Egyptian activist.', '2026-11-28')).events;
    assert.ok(events.every((e) => !/friday/i.test(e.target?.text ?? '') && !/friday/i.test(e.source.text)));
  });
});
