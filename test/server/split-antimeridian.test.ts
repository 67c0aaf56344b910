import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitAntimeridian } from '../../src/server/split-antimeridian.js';

describe('shapes cut at the antimeridian', () => {
  it('splits a ring that crosses 180° into one piece on each side', () => {
    // An island from 178°E to 178°W, as world-atlas stores it: longitudes jump from 178 to -178.
    const island = splitAntimeridian({ type: 'Polygon', coordinates: [[[178, -16], [-178, -16], [-178, -18], [178, -18], [178, -16]]] });
    assert.equal(island.coordinates.length, 2);
    for (const [ring] of island.coordinates) {
      const lons = (ring ?? []).map((p) => p[0] ?? 0);
      assert.ok(Math.max(...lons) - Math.min(...lons) <= 2 + 1e-9, `a piece spans ${Math.min(...lons)}..${Math.max(...lons)}`);
    }
  });

  it('leaves other shapes as they are, and closes a ring around a pole', () => {
    const square = splitAntimeridian({ type: 'Polygon', coordinates: [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]] });
    assert.deepEqual(square.coordinates, [[[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]]]);
    const polar = splitAntimeridian({ type: 'Polygon', coordinates: [[[-180, -70], [-60, -65], [60, -68], [180, -70]]] });
    const ring = polar.coordinates[0]?.[0] ?? [];
    assert.deepEqual(ring.slice(-2), [[180, -90], [-180, -90]]);
  });
});
