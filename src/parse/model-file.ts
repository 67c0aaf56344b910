import { gunzipSync, gzipSync } from 'node:zlib';
import { CompactWeights, type WeightArrays } from './perceptron.js';

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

/** The model as a gzipped file: a JSON header, then each weight set's arrays. */
export function encodeModel(model: ParserModel): Buffer {
  const parts: Buffer[] = [];
  const sections = NAMES.map((name) => {
    const a = model[name].arrays;
    parts.push(Buffer.from(a.keys.buffer, a.keys.byteOffset, a.keys.byteLength));
    parts.push(Buffer.from(a.counts.buffer, a.counts.byteOffset, a.counts.byteLength));
    parts.push(Buffer.from(a.cls.buffer, a.cls.byteOffset, a.cls.byteLength));
    parts.push(Buffer.from(a.values.buffer, a.values.byteOffset, a.values.byteLength));
    return { name, classes: a.classes, scale: a.scale, keys: a.keys.length, entries: a.values.length };
  });
  const header = Buffer.from(JSON.stringify({ format: 1, labels: model.labels, info: model.info, sections }));
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
  if (header.format !== 1) throw new Error(`${source}: parser model format ${header.format} is not supported`);
  let off = 4 + len;
  const take = (bytes: number): ArrayBuffer => {
    const copy = new ArrayBuffer(bytes);
    raw.copy(new Uint8Array(copy), 0, off, off + bytes);
    off += bytes;
    return copy;
  };
  const weights: Partial<Record<(typeof NAMES)[number], CompactWeights>> = {};
  for (const s of header.sections) {
    const arrays: WeightArrays = {
      classes: s.classes,
      scale: s.scale,
      keys: new Int32Array(take(s.keys * 4)),
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
