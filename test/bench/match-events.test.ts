import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actorAgreement, actorKey, matchEvents, type GoldEvent, type ProducedEvent } from '../../bench/match-events.js';

// Two sentences of an imagined body: [0, 60) and [61, 120).
const gold = (g: Partial<GoldEvent> & Pick<GoldEvent, 'source' | 'target' | 'cameo'>): GoldEvent => ({ spans: [[0, 40]], ...g });
const made = (p: Partial<ProducedEvent> & Pick<ProducedEvent, 'source' | 'target' | 'cameo'>): ProducedEvent => ({ sentence: [0, 60], ...p });

describe('actorKey', () => {
  it('compares states at country level and IGOs as whole codes', () => {
    assert.equal(actorKey('NORMIL'), actorKey('NORGOV'));
    assert.notEqual(actorKey('IGOUNO'), actorKey('IGOUNOWHO'));
    assert.equal(actorKey(null), '');
    assert.notEqual(actorKey('---'), actorKey(null));
  });
});

describe('matchEvents', () => {
  it('matches on sentence, country-level actors and CAMEO root', () => {
    const g = [gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '111' })];
    assert.deepEqual(matchEvents(g, [made({ source: 'NORMIL', target: 'SWE', cameo: '112' })]), [0]);
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: 'SWEGOV', cameo: '120' })]), [-1]);
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: 'SWEGOV', cameo: '111', sentence: [61, 120] })]), [-1]);
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: null, cameo: '111' })]), [-1]);
  });

  it('takes either direction for 04 and 06 and for events marked symmetric, not otherwise', () => {
    const reversed = made({ source: 'SWEGOV', target: 'NORGOV', cameo: '040' });
    assert.deepEqual(matchEvents([gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '042' })], [reversed]), [0]);
    const fight = made({ source: 'SWEMIL', target: 'NORMIL', cameo: '190' });
    assert.deepEqual(matchEvents([gold({ source: 'NORMIL', target: 'SWEMIL', cameo: '193' })], [fight]), [-1]);
    assert.deepEqual(matchEvents([gold({ source: 'NORMIL', target: 'SWEMIL', cameo: '193', symmetric: true })], [fight]), [0]);
  });

  it('accepts an alternative coding as a whole', () => {
    const g = [gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '036', alt: [{ cameo: '040', target: null }] })];
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: null, cameo: '042' })]), [0]);
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: 'SWEGOV', cameo: '042' })]), [-1]);
  });

  it('pairs one to one, finding the largest matching', () => {
    // The first produced event fits both gold events, the second only the first gold event.
    const g = [gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '111', alt: [{ cameo: '130' }] }), gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '130' })];
    const p = [made({ source: 'NORGOV', target: 'SWEGOV', cameo: '130' }), made({ source: 'NORGOV', target: 'SWEGOV', cameo: '111' })];
    assert.deepEqual(matchEvents(g, p), [1, 0]);
    assert.deepEqual(matchEvents(g, [p[0]!]).filter((x) => x !== -1).length, 1);
  });

  it('finds a sentence printed twice in either printing', () => {
    const g = [gold({ source: 'NORGOV', target: 'NORCVL', cameo: '172', spans: [[0, 40], [61, 101]] })];
    assert.deepEqual(matchEvents(g, [made({ source: 'NORGOV', target: 'NORCVL', cameo: '1723', sentence: [61, 120] })]), [0]);
  });
});

describe('actorAgreement', () => {
  it('judges source and target against the best gold event of the sentence, and skips other sentences', () => {
    const g = [gold({ source: 'NORGOV', target: 'SWEGOV', cameo: '111' }), gold({ source: 'DNKGOV', target: 'NORGOV', cameo: '051' })];
    assert.deepEqual(actorAgreement(g, made({ source: 'NORMIL', target: 'FINGOV', cameo: '112' })), { source: true, target: false });
    assert.deepEqual(actorAgreement(g, made({ source: 'FINGOV', target: 'NORGOV', cameo: '051' })), { source: false, target: true });
    assert.equal(actorAgreement(g, made({ source: 'NORGOV', target: 'SWEGOV', cameo: '111', sentence: [61, 120] })), null);
  });
});
