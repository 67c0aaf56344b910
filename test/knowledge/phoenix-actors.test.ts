import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActorDictionary, defaultActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { readPhoenixActors } from '../../src/knowledge/read-phoenix-actors.js';

describe('the Phoenix actors under our tables', () => {
  const dict = defaultActorDictionary();
  const code = (text: string, date: string): string | null => dict.matchAt(text, 0, date)?.entry.code ?? null;

  it('knows armed groups, NGOs and IGOs our tables do not list', () => {
    assert.equal(code('Amnesty International said', '2019-05-02'), 'NGOAMN');
    assert.equal(code('the Abu Sayyaf Group said', '2019-05-02'), 'PHLREB');
  });
  it('gives people their role on the date, and elite after their last one', () => {
    assert.equal(code('Saeb Erekat said', '2010-05-02'), 'PSEGOV');
    assert.equal(code('Saeb Erekat said', '2019-05-02'), 'PSEELI');
  });
  it('yields to our office tables where both know a person', () => {
    assert.equal(code('Vladimir Putin said', '2019-05-02'), 'RUSGOV');
  });
  it('reads its compact table: names, dated codes, open bounds', () => {
    const [a] = readPhoenixActors('ZED ROE|Z. ROE\tZTLGOV@2001-01-01~2004-12-31;ZTLELI\n');
    assert.deepEqual(a?.names, ['ZED ROE', 'Z. ROE']);
    assert.deepEqual(a?.codes, [{ code: 'ZTLGOV', from: '2001-01-01', to: '2004-12-31' }, { code: 'ZTLELI', from: null, to: null }]);
    const d = createActorDictionary({ base: readPhoenixActors('Zed Roe\tZTLGOV@2001-01-01~2004-12-31;ZTLELI\n') });
    assert.equal(d.matchAt('Zed Roe', 0, '2003-01-01')?.entry.code, 'ZTLGOV');
    assert.equal(d.matchAt('Zed Roe', 0, '2010-01-01')?.entry.code, 'ZTLELI');
  });
});
