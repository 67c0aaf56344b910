import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** The ring made continuous: a step of more than 180° in longitude crosses the antimeridian, so it is undone. */
function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  let prev: number | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    if (prev !== null) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  return out;
}

/** Sutherland–Hodgman against one vertical line: keeps the side where `inside(x)` holds. */
function clip(ring: Ring, x0: number, inside: (x: number) => boolean): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[(i + 1) % ring.length] ?? [];
    if (inside(ax)) out.push([ax, ay]);
    if (inside(ax) !== inside(bx)) out.push([x0, ay + ((by - ay) * (x0 - ax)) / (bx - ax)]);
  }
  return out;
}

function area(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[(i + 1) % ring.length] ?? [];
    a += ax * by - bx * ay;
  }
  return a / 2;
}

/**
 * A country's shape cut at the antimeridian, for maps that draw longitude as a plain x coordinate:
 * otherwise a ring that crosses it (Russia's Chukotka, Alaska's Aleutians, Fiji) is drawn as a band
 * across the whole world. A ring that winds around a pole (Antarctica) is closed along it.
 */
export function splitAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(unwrap);
    if (!outer || outer.length < 4) continue;
    const first = outer[0] ?? [0, 0];
    const last = outer[outer.length - 1] ?? [0, 0];
    if (Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
      // Winds around a pole: close the ring along it.
      const pole = (first[1] ?? 0) < 0 ? -90 : 90;
      outer.push([last[0] ?? 0, pole], [first[0] ?? 0, pole]);
    }
    const lons = outer.map((p) => p[0] ?? 0);
    if (Math.min(...lons) >= -180 && Math.max(...lons) <= 180) {
      out.push([outer, ...holes]);
      continue;
    }
    // Draw the ring at each 360° shift that reaches the map, cut to [-180, 180]; holes are dropped
    // at 1:110m no crossing country has one.
    for (const shift of [-360, 0, 360]) {
      const shifted = outer.map(([x = 0, y = 0]) => [x + shift, y]);
      const cut = clip(
        clip(shifted, -180, (x) => x >= -180),
        180,
        (x) => x <= 180,
      );
      if (cut.length >= 3 && Math.abs(area(cut)) > 1e-6) out.push([[...cut, cut[0] ?? [0, 0]]]);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}
