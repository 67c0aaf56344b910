import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/store/sqlite/open-database.js';
import { everyPeriod, periodBounds, periodOf } from '../../src/store/period-labels.js';

describe('period labels of the time axes', () => {
  it('lists every period between two labels, the empty ones too', () => {
    assert.deepEqual(everyPeriod('2021-11', '2022-02', 'month'), ['2021-11', '2021-12', '2022-01', '2022-02']);
    assert.deepEqual(everyPeriod('2019', '2021', 'year'), ['2019', '2020', '2021']);
    assert.deepEqual(everyPeriod('2020-W52', '2021-W01', 'week'), ['2020-W52', '2021-W00', '2021-W01']);
    assert.equal(everyPeriod('2020-02-27', '2020-03-01', 'day').length, 4);
  });

  it('names weeks as SQLite does (%W), so that the axis meets the store', () => {
    const db = openDatabase(':memory:');
    const week = db.prepare("SELECT strftime('%Y-W%W', ?) AS w");
    for (let d = new Date('2019-12-20T00:00:00Z'); d < new Date('2021-01-15T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      const label = (week.get(day) as { w: string }).w;
      assert.equal(periodOf(d, 'week'), label, day);
      const [start, end] = periodBounds(label, 'week');
      assert.ok(start <= day && day <= end, `${day} in ${label} (${start}..${end})`);
    }
    db.close();
  });
});
