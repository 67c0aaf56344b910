import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWeights, type WeightArrays } from '../../src/parse/compact-weights.js';
import { decodeModel, encodeModel } from '../../src/parse/model-file.js';
import { seededRandom } from '../../src/seeded-random.js';

function weights(classes: number, keys: number, seed: number): WeightArrays {
  const rnd = seededRandom(seed);
  const k = new Set<number>();
  while (k.size < keys) k.add((Math.floor(rnd() * 2 ** 32) | 0) || 1);
  const counts = Array.from(k, () => 1 + Math.floor(rnd() * Math.min(classes, 4)));
  const cls: number[] = [];
  for (const c of counts) for (let j = 0; j < c; j++) cls.push(j);
  return { classes, scale: 0.25, keys: Int32Array.from(k), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), values: Int16Array.from(cls, () => Math.round((rnd() - 0.5) * 60000)) };
}

const scores = (w: CompactWeights, feats: Int32Array): number[] => {
  const out = new Float64Array(w.classes);
  w.score(feats, feats.length, out);
  return Array.from(out);
};

describe('model file', () => {
  it('decodes what it encodes: same scores for every feature, labels and info', () => {
    const model = { tagger: CompactWeights.from(weights(17, 500, 1)), parser: CompactWeights.from(weights(3, 900, 2)), labeller: CompactWeights.from(weights(40, 300, 3)), labels: ['nsubj', 'obj'], info: { epoch: 4 } };
    const back = decodeModel(encodeModel(model), 'm.bin.gz');
    assert.deepEqual(back.labels, model.labels);
    assert.deepEqual(back.info, model.info);
    for (const name of ['tagger', 'parser', 'labeller'] as const) {
      const keys = model[name].arrays.keys;
      assert.equal(back[name].size, keys.length);
      for (let i = 0; i < keys.length; i += 7) {
        const feats = keys.subarray(i, i + 7);
        assert.deepEqual(scores(back[name], feats), scores(model[name], feats), `${name} features ${i}..${i + 6}`);
      }
    }
  });

  it('names the file of a model it cannot read', () => {
    assert.throws(() => decodeModel(Buffer.from('not a model'), 'x.bin.gz'), /x\.bin\.gz: not a parser model/);
  });
});
