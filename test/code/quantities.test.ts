import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { findQuantities } from '../../src/code/quantities.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import type { Quantity } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';
import { tinyDictionary } from '../resolve/tiny-dictionary.js';

const REF = '2023-11-20';

function quantities(body: string, reference: string | null = REF): Quantity[] {
  const article = articleOf(body, reference);
  const found = findQuantities(resolveActors(annotate(article), tinyDictionary(), reference), article, reference);
  for (const q of found) assert.equal(article.body.slice(q.span[0], q.span[1]), q.text);
  return found;
}

type Row = [value: number, unit: string, what: string | null, change: Quantity['change'], text: string];
const rows = (body: string): Row[] => quantities(body).map((q) => [q.value, q.unit, q.what, q.change, q.text]);

describe('findQuantities', () => {
  const cases: Array<[string, Row[]]> = [
    ['Exports of coffee grew by 12% this year.', [[0.12, 'percent', 'Exports of coffee', 'increase', 'grew by 12%']]],
    ['Imports from Kenya fell 4.5 per cent.', [[0.045, 'percent', 'Imports from Kenya', 'decrease', 'fell 4.5 per cent']]],
    ['Inflation was up 7 percent.', [[0.07, 'percent', 'Inflation', 'increase', 'up 7 percent']]],
    ['Tourism recovered after a drop of 30% in 2020.', [[0.3, 'percent', null, 'decrease', 'drop of 30%']]],
    ['Wheat output rose 8%, making up for a drop of 3%.', [
      [0.08, 'percent', 'Wheat output', 'increase', 'rose 8%'], [0.03, 'percent', 'Wheat output', 'decrease', 'drop of 3%'],
    ]],
    ['Some 40% of voters stayed home.', [[0.4, 'percent', 'voters', null, '40%']]],
    ['The donors pledged $2.5 billion in aid.', [[2.5e9, 'USD', 'aid', null, '$2.5 billion']]],
    ['Brussels approved a €450m loan.', [[4.5e8, 'EUR', 'loan', null, '€450m']]],
    ['The budget lost 3.1 trillion rubles.', [[3.1e12, 'RUB', 'budget', 'decrease', 'lost 3.1 trillion rubles']]],
    ['The fund holds USD 75 million.', [[7.5e7, 'USD', 'fund', null, 'USD 75 million']]],
    ['The army moved 150,000 troops and six warships.', [
      [150000, 'troops', 'troops', null, '150,000 troops'], [6, 'warships', 'warships', null, 'six warships'],
    ]],
    ['Brussels adopted seven sanction packages and weighs an eighth round.', [
      [7, 'sanction packages', 'sanction packages', null, 'seven sanction packages'], [8, 'round', 'round', null, 'an eighth round'],
    ]],
    ['Kyiv expects a ninth package soon.', [[9, 'package', 'package', null, 'a ninth package']]],
    ['Dozens of people were hurt and scores fled.', []],
    ['The talks began on March 3 at 10:30 and lasted 3 hours in 2019.', []],
    ['The two leaders met one-on-one.', []],
  ];
  for (const [body, expected] of cases) it(body, () => assert.deepEqual(rows(body), expected));

  it('dates a quantity by the date in its sentence', () => {
    const [q] = quantities('In September, Nairobi deployed 5,000 police officers.');
    assert.deepEqual(q?.date && { value: q.date.value, precision: q.date.precision }, { value: '2023-09', precision: 'month' });
    assert.equal(quantities('Nairobi deployed 5,000 police officers.')[0]?.date, null);
    assert.equal(quantities('In September, Nairobi deployed 5,000 police officers.', null)[0]?.date, null);
  });

  it('fills the record fields', () => {
    const [q] = quantities('Trade grew by 36% last year.');
    assert.equal(q?.kind, 'quantity');
    assert.equal(q?.article, 'a_test');
    assert.equal(q?.date?.value, '2022');
  });
});
