import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/code/dates.js';

// Reference days: 2021-12-30 is a Thursday; 2022-02-14 a Monday; 2020-07-01 a Wednesday.
type Case = [sentence: string, reference: string, expected: [text: string, value: string, precision: string][]];

const cases: Case[] = [
  // Weekdays: past-biased, the publication day itself included, future with a cue.
  ['On Wednesday, the two presidents met in the northern city.', '2021-12-30', [['On Wednesday', '2021-12-29', 'day']]],
  ['The minister said on Thursday that talks had stalled.', '2021-12-30', [['on Thursday', '2021-12-30', 'day']]],
  ['The foreign minister told reporters Sunday that no deal was near.', '2021-12-30', [['Sunday', '2021-12-26', 'day']]],
  ['The delegations will meet again on Friday in Geneva.', '2021-12-30', [['on Friday', '2021-12-31', 'day']]],
  ['Rebels shelled the town last Tuesday.', '2021-12-30', [['last Tuesday', '2021-12-28', 'day']]],
  ['On Monday, December 27, the cabinet resigned.', '2021-12-30', [['On Monday, December 27', '2021-12-27', 'day']]],
  ['An editorial in the Sunday Times criticised the plan.', '2021-12-30', []],
  ['Thousands marched on Good Friday.', '2021-12-30', []],
  // Days relative to publication.
  ['The envoy arrived yesterday.', '2021-12-30', [['yesterday', '2021-12-29', 'day']]],
  ['The president will address the nation tonight.', '2021-12-30', [['tonight', '2021-12-30', 'day']]],
  ['Police detained the activist two days ago.', '2021-12-30', [['two days ago', '2021-12-28', 'day']]],
  ['The border was closed a week ago.', '2021-12-30', [['a week ago', '2021-12-23', 'day']]],
  ['The embassy reopened three months ago.', '2021-12-30', [['three months ago', '2021-09', 'month']]],
  ['The ceasefire collapsed a few days ago.', '2021-12-30', [['a few days ago', '2021-12', 'month']]],
  // Month and day, with and without year.
  ['The summit opened on Dec. 3 in the capital.', '2021-12-30', [['on Dec. 3', '2021-12-03', 'day']]],
  ['The agreement was signed on 3 December.', '2021-12-30', [['on 3 December', '2021-12-03', 'day']]],
  ['The vote took place on Jan. 5, officials said.', '2021-12-30', [['on Jan. 5', '2021-01-05', 'day']]],
  ['The talks are set to resume on Jan. 10.', '2021-12-30', [['on Jan. 10', '2022-01-10', 'day']]],
  ['Troops crossed the border on December 3, 2019.', '2021-12-30', [['on December 3, 2019', '2019-12-03', 'day']]],
  ['The treaty was signed on the 5th of May 2010 in Prague.', '2021-12-30', [['5th of May 2010', '2010-05-05', 'day']]],
  ['The statement was dated 2021-12-29.', '2021-12-30', [['2021-12-29', '2021-12-29', 'day']]],
  // Months.
  ['The war games were held in September with 200,000 troops.', '2021-12-30', [['in September', '2021-09', 'month']]],
  ['Mass protests broke out in August 2020.', '2021-12-30', [['in August 2020', '2020-08', 'month']]],
  ['Elections are held every year in March.', '2021-12-30', [['in March', '2021-03', 'month']]],
  ['Putin confirmed that the drills would be held in February.', '2021-12-30', [['in February', '2022-02', 'month']]],
  ['The reactor was shut down in June last year.', '2021-12-30', [['in June last year', '2020-06', 'month']]],
  ['Fighting intensified in late November.', '2021-12-30', [['in late November', '2021-11', 'month']]],
  ['The sanctions took effect at the end of October.', '2021-12-30', [['the end of October', '2021-10', 'month']]],
  ['Former prime minister Theresa May said the plan may fail.', '2021-12-30', []],
  ['Veterans march in the capital every year.', '2021-12-30', []],
  ['The opposition has boycotted parliament since May.', '2021-12-30', [['May', '2021-05', 'month']]],
  ['Trade talks stalled last month.', '2021-12-30', [['last month', '2021-11', 'month']]],
  ['Talks stalled late last month, a diplomat said.', '2022-02-14', [['late last month', '2022-01', 'month']]],
  ['The rebels seized the airport earlier this month.', '2021-12-30', [['earlier this month', '2021-12', 'month']]],
  ['Tensions have risen in the last few weeks.', '2021-12-30', [['in the last few weeks', '2021-12', 'month']]],
  ['Dozens have been arrested in recent days.', '2022-02-01', [['in recent days', '2022-01', 'month']]],
  ['The army was placed on alert last week.', '2022-02-03', [['last week', '2022-01', 'month']]],
  ['Inflation peaked in Dec. 2020.', '2021-12-30', [['in Dec. 2020', '2020-12', 'month']]],
  ['The runoff is due on Sunday.', '2021-12-30', [['on Sunday', '2022-01-02', 'day']]],
  // Quarters.
  ['Exports fell in the first quarter.', '2021-12-30', [['in the first quarter', '2021-Q1', 'quarter']]],
  ['Exports fell in the fourth quarter.', '2021-02-10', [['in the fourth quarter', '2020-Q4', 'quarter']]],
  ['Growth slowed in Q3 2021, the bank said.', '2021-12-30', [['in Q3 2021', '2021-Q3', 'quarter']]],
  ['Output rose in the third quarter of last year.', '2021-12-30', [['in the third quarter of last year', '2020-Q3', 'quarter']]],
  ['The joint exercises will take place early next year.', '2021-12-30', [['early next year', '2022-Q1', 'quarter']]],
  ['The base is due to close by the end of the year.', '2021-07-01', [['the end of the year', '2021-Q4', 'quarter']]],
  ['The pipeline opened in late 2021.', '2022-03-01', [['in late 2021', '2021-Q4', 'quarter']]],
  // Years.
  ['Trade between the two countries grew this year.', '2021-12-30', [['this year', '2021', 'year']]],
  ["Last year's crackdown drew wide condemnation.", '2021-12-30', [['Last year', '2020', 'year']]],
  ['The plant is expected to open next year.', '2021-12-30', [['next year', '2022', 'year']]],
  ['The government crushed the movement in 2020.', '2021-12-30', [['in 2020', '2020', 'year']]],
  ['The 2020 elections were neither free nor fair.', '2021-12-30', [['2020', '2020', 'year']]],
  ['The bridge should be finished by mid-2022.', '2021-12-30', [['mid-2022', '2022', 'year']]],
  ['The peninsula has been occupied since 2014.', '2021-12-30', [['2014', '2014', 'year']]],
  ['Drought hit the region last summer.', '2021-12-30', [['last summer', '2021', 'year']]],
  ['Output fell in the first half of 2021.', '2021-12-30', [['in the first half of 2021', '2021', 'year']]],
  ['The port was bombed a couple of weeks ago.', '2021-12-30', [['a couple of weeks ago', '2021-12', 'month']]],
  ['Prices doubled between 2010 and 2015.', '2021-12-30', [['2010', '2010', 'year'], ['2015', '2015', 'year']]],
  // Not dates.
  ['The meeting started at 10:00 local time.', '2021-12-30', []],
  ['Some 2000 troops and 200,000 reservists were mobilised.', '2021-12-30', []],
  ['The channel offers 24/7 coverage of the 9/11 inquiry.', '2021-12-30', []],
  ['Growth returned after the crisis of the 1990s.', '2021-12-30', []],
  ['Security Council Resolution 2231 endorsed the deal.', '2021-12-30', []],
  ['The talks resumed at noon.', '2021-12-30', []],
  ['Russia now has more troops there than ever.', '2021-12-30', []],
  ['He said, on Sunday, that talks had failed.', '2021-12-30', [['on Sunday', '2021-12-26', 'day']]],
  ['', '2021-12-30', []],
];

describe('findDates', () => {
  for (const [sentence, reference, expected] of cases) {
    it(`${JSON.stringify(sentence)} @ ${reference}`, () => {
      const found = findDates(sentence, reference);
      assert.deepEqual(
        found.map((d) => [d.text, d.date.value, d.date.precision]),
        expected,
      );
      for (const d of found) {
        assert.equal(sentence.slice(d.start, d.end), d.text);
        assert.equal(d.date.text, d.text);
      }
    });
  }

  it('accepts a date-time reference and rejects a malformed one', () => {
    assert.equal(findDates('The envoy arrived yesterday.', '2021-12-30T08:15:00Z')[0]?.date.value, '2021-12-29');
    assert.throws(() => findDates('yesterday', '30/12/2021'), RangeError);
  });

  it('returns mentions in text order without overlaps', () => {
    const text = 'After talks on Monday and a visit in March 2019, both sides agreed last week to meet early next year.';
    const found = findDates(text, '2021-12-30');
    assert.deepEqual(found.map((d) => d.text), ['on Monday', 'in March 2019', 'last week', 'early next year']);
    for (let i = 1; i < found.length; i++) assert.ok((found[i - 1]?.end ?? 0) <= (found[i]?.start ?? 0));
  });

  it('reads a long text piecewise with the same results', () => {
    const sentence = 'The envoy arrived yesterday and met the minister on Monday, December 27, in the capital. ';
    const text = sentence.repeat(60);
    const found = findDates(text, '2021-12-30');
    assert.equal(found.length, 120);
    found.forEach((d, i) => {
      assert.equal(d.text, i % 2 === 0 ? 'yesterday' : 'on Monday, December 27');
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.equal(d.date.value, i % 2 === 0 ? '2021-12-29' : '2021-12-27');
    });
  });

  it('keeps offsets right after surrogate pairs', () => {
    const text = '🇷🇺 The drills began in September.';
    const [d] = findDates(text, '2021-12-30');
    assert.equal(d?.text, 'in September');
    assert.equal(text.slice(d.start, d.end), 'in September');
  });
});
