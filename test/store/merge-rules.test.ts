import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compatibleCodes, dateRange, filedRange, isBackground, rangesOverlap, startsReaching } from '../../src/store/merge-rules.js';
import type { ResolvedDate } from '../../src/types/index.js';

describe('merge rules', () => {
  it('turns a resolved date into the days it may mean', () => {
    const cases: [ResolvedDate | null, [string, string] | null][] = [
      [{ value: '2021-12-29', precision: 'day' }, ['2021-12-29', '2021-12-29']],
      [{ value: '2024-02', precision: 'month' }, ['2024-02-01', '2024-02-29']],
      [{ value: '2022-Q1', precision: 'quarter' }, ['2022-01-01', '2022-03-31']],
      [{ value: '2020', precision: 'year' }, ['2020-01-01', '2020-12-31']],
      [null, null],
    ];
    for (const [date, range] of cases) assert.deepEqual(dateRange(date), range, JSON.stringify(date));
  });

  it('names the days before a day on which a month, quarter or year that reaches it starts', () => {
    assert.deepEqual(startsReaching('2021-12-27'), ['2021-01-01', '2021-10-01', '2021-12-01']);
    assert.deepEqual(startsReaching('2021-05-01'), ['2021-01-01', '2021-04-01']);
    assert.deepEqual(startsReaching('2021-02-14'), ['2021-01-01', '2021-02-01']);
    assert.deepEqual(startsReaching('2021-01-01'), []);
    // Every range that starts before the day and reaches it starts on one of them.
    for (const value of ['2021-12', '2021-Q4', '2021', '2021-11', '2021-Q3']) {
      const precision = value.includes('Q') ? 'quarter' : value.length === 4 ? 'year' : 'month';
      const [lo, hi] = dateRange({ value, precision }) ?? ['', ''];
      assert.equal(lo < '2021-12-27' && hi >= '2021-12-27', startsReaching('2021-12-27').includes(lo), value);
    }
  });

  it('lets day-precise reports a day apart overlap, not two days', () => {
    assert.equal(rangesOverlap(['2021-12-29', '2021-12-29'], ['2021-12-30', '2021-12-30']), true);
    assert.equal(rangesOverlap(['2021-12-29', '2021-12-29'], ['2021-12-31', '2021-12-31']), false);
    assert.equal(rangesOverlap(['2021-12-01', '2021-12-31'], ['2021-12-15', '2021-12-15']), true);
  });

  it('treats a generic code as compatible with its refinements only', () => {
    const cases: [string, string, boolean][] = [
      ['040', '042', true],
      ['042', '040', true],
      ['042', '043', false],
      ['163', '16', true],
      ['1621', '162', true],
      ['1621', '163', false],
      ['040', '051', false],
      ['190', '193', true],
    ];
    for (const [a, b, expected] of cases) assert.equal(compatibleCodes(a, b), expected, `${a} ${b}`);
  });

  it('files what is dated more than a year after publication under the publication day', () => {
    assert.deepEqual(filedRange({ value: '2030', precision: 'year' }, '2024-05-02T10:00:00Z'), ['2024-05-02', '2024-05-02']);
    assert.deepEqual(filedRange({ value: '2025-03', precision: 'month' }, '2024-05-02'), ['2025-03-01', '2025-03-31']);
    assert.deepEqual(filedRange({ value: '2020', precision: 'year' }, '2024-05-02'), ['2020-01-01', '2020-12-31']);
    assert.deepEqual(filedRange({ value: '2030', precision: 'year' }, null), ['2030-01-01', '2030-12-31']);
  });

  it('marks as background what ended more than a month before publication', () => {
    assert.equal(isBackground({ value: '2020-08', precision: 'month' }, '2021-12-30'), true);
    assert.equal(isBackground({ value: '2021-12', precision: 'month' }, '2021-12-30'), false);
    assert.equal(isBackground({ value: '2021-11-25', precision: 'day' }, '2021-12-30'), true);
    assert.equal(isBackground({ value: '2021-12-01', precision: 'day' }, '2021-12-30'), false);
    assert.equal(isBackground({ value: '2020', precision: 'year' }, null), false);
  });
});
