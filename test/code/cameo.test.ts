import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAMEO_CODES, cameoForPlover, getCameo, ploverEventOf, ploverOf, quadOfRoot } from '../../src/code/cameo.js';

const PLOVER_TYPES = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

describe('CAMEO table', () => {
  it('covers all 20 roots and ~300 codes, each once', () => {
    assert.ok(CAMEO_CODES.length >= 300, `only ${CAMEO_CODES.length} codes`);
    const codes = CAMEO_CODES.map((c) => c.code);
    assert.equal(new Set(codes).size, codes.length);
    for (let r = 1; r <= 20; r++) {
      const root = String(r).padStart(2, '0');
      assert.ok(getCameo(root), `root ${root}`);
      assert.ok(getCameo(`${root}0`), `residual ${root}0`);
    }
  });

  it('every code is 2-4 digits, starts with its root, and has a quad matching the root', () => {
    const quadOf = (root: number): number => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
    for (const c of CAMEO_CODES) {
      assert.match(c.code, /^\d{2,4}$/);
      assert.equal(c.root, c.code.slice(0, 2));
      assert.equal(c.quad, quadOf(Number(c.root)), c.code);
      assert.ok(c.name.length > 0, c.code);
    }
  });

  it('Goldstein weights lie in [-10, 10]', () => {
    for (const c of CAMEO_CODES) {
      assert.ok(Number.isFinite(c.goldstein) && c.goldstein >= -10 && c.goldstein <= 10, `${c.code}: ${c.goldstein}`);
    }
  });

  it('every PLOVER event is a PLOVER type, null only for statements', () => {
    for (const c of CAMEO_CODES) {
      if (c.plover.event === null) assert.equal(c.root, '01', c.code);
      else assert.ok(PLOVER_TYPES.has(c.plover.event), `${c.code}: ${c.plover.event}`);
      assert.ok(Array.isArray(c.plover.context));
    }
  });

  it('codes of the same PLOVER root agree with the crosswalk at the two-digit level', () => {
    const byRoot: Record<string, readonly string[]> = {
      '03': ['AGREE'], '04': ['CONSULT'], '05': ['SUPPORT'], '06': ['COOPERATE'], '07': ['AID'],
      '08': ['CONCEDE', 'RETREAT'], '09': ['ACCUSE'], '10': ['REQUEST'], '11': ['ACCUSE'], '12': ['REJECT'],
      '13': ['THREATEN'], '14': ['PROTEST'], '15': ['MOBILIZE'], '16': ['SANCTION'], '17': ['COERCE', 'ASSAULT'],
      '18': ['ASSAULT'], '19': ['ASSAULT', 'COERCE'], '20': ['ASSAULT'],
    };
    for (const c of CAMEO_CODES) {
      const allowed = byRoot[c.root];
      if (allowed) assert.ok(allowed.includes(c.plover.event ?? ''), `${c.code} -> ${c.plover.event}`);
    }
  });

  const spot: [code: string, event: string | null, quad: number, goldstein: number, mode?: string | null][] = [
    ['040', 'CONSULT', 1, 1],
    ['042', 'CONSULT', 1, 1.9, 'visit'],
    ['051', 'SUPPORT', 1, 3.4],
    ['036', 'AGREE', 1, 4],
    ['0312', 'AGREE', 1, 5.2],
    ['062', 'COOPERATE', 2, 7.4],
    ['112', 'ACCUSE', 3, -2, 'disapprove'],
    ['163', 'SANCTION', 4, -8, 'discontinue'],
    ['173', 'COERCE', 4, -5, 'arrest'],
    ['190', 'ASSAULT', 4, -10],
    ['195', 'ASSAULT', 4, -10, 'heavy-weapons'],
    ['154', 'MOBILIZE', 4, -7.2, 'troops'],
    ['016', 'REJECT', 1, -2],
    ['010', null, 1, 0],
    ['0231', 'REQUEST', 1, 3.4, 'assist'],
    ['0871', 'RETREAT', 2, 9, 'ceasefire'],
    ['081', 'CONCEDE', 2, 5],
    ['1213', 'REJECT', 3, -4, 'assist'],
  ];
  for (const [code, event, quad, goldstein, mode] of spot) {
    it(`${code} -> ${event ?? 'no PLOVER event'}`, () => {
      const info = getCameo(code);
      assert.ok(info);
      assert.equal(info.plover.event, event);
      assert.equal(info.quad, quad);
      assert.equal(info.goldstein, goldstein);
      if (mode !== undefined) assert.equal(info.plover.mode, mode);
      assert.equal(ploverEventOf(code), event);
    });
  }

  it('unknown codes are undefined', () => {
    assert.equal(getCameo('999'), undefined);
    assert.equal(getCameo(''), undefined);
    assert.equal(ploverEventOf('21'), null);
    assert.equal(ploverOf('21'), null);
  });

  it('ploverOf returns a copy the caller may change', () => {
    const p = ploverOf('0312');
    assert.ok(p);
    p.context.push('x');
    assert.deepEqual(getCameo('0312')?.plover.context, ['military']);
  });

  it('maps PLOVER types back to default CAMEO codes', () => {
    assert.equal(cameoForPlover('AGREE'), '030');
    assert.equal(cameoForPlover('CONSULT'), '040');
    assert.equal(cameoForPlover('SUPPORT'), '050');
    assert.equal(cameoForPlover('COOPERATE'), '060');
    assert.equal(cameoForPlover('CONCEDE'), '080');
    assert.equal(cameoForPlover('ASSAULT'), '190');
    assert.equal(cameoForPlover('CONSULT', 'visit'), '042');
    assert.equal(cameoForPlover('COERCE', 'arrest'), '173');
    assert.equal(cameoForPlover('COERCE', 'no-such-mode'), '170');
    assert.equal(cameoForPlover('FLY'), undefined);
    for (const t of PLOVER_TYPES) {
      const code = cameoForPlover(t);
      assert.ok(code, t);
      assert.equal(ploverEventOf(code), t);
    }
  });

  it('quadOfRoot', () => {
    assert.deepEqual(['01', '05', '06', '08', '09', '13', '14', '20'].map(quadOfRoot), [1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
