import { gunzipSync, gzipSync } from 'node:zlib';
import { CompactWeights, reordered, type WeightArrays } from './compact-weights.js';

/** A trained tagger and parser: three weight sets and the relation names the labeller predicts. */
export interface ParserModel {
  tagger: CompactWeights;
  parser: CompactWeights;
  labeller: CompactWeights;
  /** Relation of labeller class k; "root" is not among them (the root's one dependent gets it). */
  labels: string[];
  /** What it was trained on and how well it did, for the record. */
  info: Record<string, unknown>;
}

const NAMES = ['tagger', 'parser', 'labeller'] as const;
const FORMAT = 2;

/**
 * The model as a gzipped file: a JSON header, then each weight set's arrays. Keys are sorted (as
 * unsigned numbers) and stored as differences: that halves their size, and it fills the hash table
 * at load time in slot order (a key's home slot is its top bits), one pass through memory instead
 * of a cache miss per key.
 */
export function encodeModel(model: ParserModel): Buffer {
  const parts: Buffer[] = [];
  const sections = NAMES.map((name) => {
    const a = sortedByKey(model[name].arrays);
    const deltas = new Uint32Array(a.keys.length);
    let last = 0;
    a.keys.forEach((k, i) => {
      deltas[i] = (k >>> 0) - last;
      last = k >>> 0;
    });
    parts.push(Buffer.from(deltas.buffer, deltas.byteOffset, deltas.byteLength));
    parts.push(Buffer.from(a.counts.buffer, a.counts.byteOffset, a.counts.byteLength));
    parts.push(Buffer.from(a.cls.buffer, a.cls.byteOffset, a.cls.byteLength));
    parts.push(Buffer.from(a.values.buffer, a.values.byteOffset, a.values.byteLength));
    return { name, classes: a.classes, scale: a.scale, keys: a.keys.length, entries: a.values.length };
  });
  const header = Buffer.from(JSON.stringify({ format: FORMAT, labels: model.labels, info: model.info, sections }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([len, header, ...parts]), { level: 9 });
}

interface Header {
  format: number;
  labels: string[];
  info: Record<string, unknown>;
  sections: Array<{ name: (typeof NAMES)[number]; classes: number; scale: number; keys: number; entries: number }>;
}

export function decodeModel(file: Buffer, source: string): ParserModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new Error(`${source}: not a parser model (not gzip)`);
  }
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as Header;
  if (header.format !== FORMAT) throw new Error(`${source}: parser model format ${header.format} is not supported (this version reads ${FORMAT}; run npm run train:parser)`);
  let off = 4 + len;
  const take = (bytes: number): ArrayBuffer => {
    const copy = new ArrayBuffer(bytes);
    raw.copy(new Uint8Array(copy), 0, off, off + bytes);
    off += bytes;
    return copy;
  };
  const weights: Partial<Record<(typeof NAMES)[number], CompactWeights>> = {};
  for (const s of header.sections) {
    const keys = new Int32Array(take(s.keys * 4));
    let key = 0;
    for (let i = 0; i < keys.length; i++) keys[i] = key = (key + keys[i]!) | 0;
    const arrays: WeightArrays = {
      classes: s.classes,
      scale: s.scale,
      keys,
      counts: new Uint8Array(take(s.keys)),
      cls: new Uint8Array(take(s.entries)),
      values: new Int16Array(take(s.entries * 2)),
    };
    weights[s.name] = CompactWeights.from(arrays);
  }
  const { tagger, parser, labeller } = weights;
  if (tagger === undefined || parser === undefined || labeller === undefined) throw new Error(`${source}: parser model lacks a weight set`);
  return { tagger, parser, labeller, labels: header.labels, info: header.info };
}

/** The same weights with the keys in ascending unsigned order. */
function sortedByKey(a: WeightArrays): WeightArrays {
  return reordered(a, Array.from({ length: a.keys.length }, (_, i) => i).sort((x, y) => (a.keys[x]! >>> 0) - (a.keys[y]! >>> 0)));
}
