import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorLabel } from '../../src/knowledge/actor-label.js';
import { actorNameTables, isSectorOnly } from '../../src/knowledge/actor-name-tables.js';

describe('actor labels from the knowledge tables', () => {
  const t = actorNameTables();
  it('composes country, organisation and sector names', () => {
    assert.equal(actorLabel('RUSGOV', t), 'Russia: government');
    assert.equal(actorLabel('RUS', t), 'Russia');
    assert.equal(actorLabel('USAMILGOV', t), 'United States: military, government');
    assert.equal(actorLabel('IGOEUREEC', t), 'European Union');
    assert.equal(actorLabel('GOV', t), 'government');
    assert.equal(actorLabel('---', t), 'unresolved actor');
    assert.equal(actorLabel('XYZ', t), 'XYZ');
  });

  it('knows bare sectors from actors', () => {
    assert.deepEqual(['GOV', 'CVL', 'BUSMED', 'RUS', 'RUSGOV', 'IGOUNO', '---'].map(isSectorOnly), [true, true, true, false, false, false, false]);
  });
});
