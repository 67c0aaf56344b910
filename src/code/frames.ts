import type { Frame } from './lexicon/index.js';

/**
 * What a wrapping verb makes of the event it governs, after the CAMEO codebook: "threatened to
 * impose sanctions" is 1312, "refused to meet" 125, "called for talks" 026, "agreed to hold
 * exercises" 0312. Keys are the governed code or its prefix, most specific first.
 */
type Table = readonly (readonly [prefix: string, code: string])[];

const APPEAL: Table = [
  ['045', '028'], ['04', '026'], ['061', '0211'], ['062', '0212'], ['063', '0213'], ['064', '0214'], ['06', '021'],
  ['071', '0231'], ['072', '0232'], ['073', '0233'], ['074', '0234'], ['07', '023'],
  ['0831', '0241'], ['083', '024'], ['081', '0251'], ['082', '0252'], ['084', '0253'], ['085', '0254'],
  ['086', '0255'], ['087', '0256'], ['08', '025'], ['057', '027'], ['037', '027'], ['05', '022'], ['09', '020'],
];
const DEMAND: Table = [
  ['045', '108'], ['04', '106'], ['061', '1011'], ['062', '1012'], ['063', '1013'], ['064', '1014'], ['06', '101'],
  ['071', '1031'], ['072', '1032'], ['073', '1033'], ['074', '1034'], ['07', '103'],
  ['0831', '1041'], ['083', '104'], ['081', '1051'], ['082', '1052'], ['084', '1053'], ['085', '1054'],
  ['086', '1055'], ['087', '1056'], ['08', '105'], ['057', '107'], ['037', '107'], ['05', '102'],
];
const INTEND: Table = [
  ['045', '039'], ['04', '036'], ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'],
  ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['07', '033'],
  ['0831', '0341'], ['083', '034'], ['081', '0351'], ['082', '0352'], ['084', '0353'], ['085', '0354'],
  ['086', '0355'], ['087', '0356'], ['08', '035'], ['057', '037'], ['0871', '037'], ['05', '032'], ['03', '030'],
  ['01', '030'], ['02', '030'],
];
const THREATEN: Table = [
  ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'], ['16', '131'],
  ['1722', '1322'], ['1723', '1323'], ['1724', '1324'], ['1721', '1321'], ['172', '132'], ['173', '132'],
  ['174', '132'], ['175', '137'], ['17', '131'], ['14', '133'],
  ['191', '1381'], ['192', '1382'], ['18', '1383'], ['2041', '1385'], ['2042', '1385'], ['204', '1385'], ['20', '1383'],
  ['19', '1384'], ['15', '138'],
];
const REJECT: Table = [
  ['045', '126'], ['04', '125'], ['061', '1211'], ['062', '1212'], ['063', '1213'], ['06', '121'],
  ['071', '1221'], ['072', '1222'], ['073', '1223'], ['074', '1224'], ['07', '122'],
  ['0831', '1231'], ['083', '123'], ['081', '1241'], ['082', '1242'], ['084', '1243'], ['085', '1244'],
  ['086', '1245'], ['087', '1246'], ['08', '124'], ['057', '127'], ['037', '127'], ['03', '120'],
];

function lookup(table: Table, code: string): string | undefined {
  return table.find(([prefix]) => code.startsWith(prefix))?.[1];
}

/**
 * CAMEO codes a cooperative act that is only announced for the future or intended ("will meet",
 * "plans to send aid") as an expression of intent (03x); hostile acts keep their code and carry the
 * modality.
 */
export function recodeForModality(code: string, modality: string): string {
  const root = Number(code.slice(0, 2));
  // "will not accept refugees", "did not lift the embargo": a cooperative act said not to be done
  // is refused (12x), as CAMEO codes "refused to ..."
  if (modality === 'negated') return root >= 3 && root <= 8 ? (lookup(REJECT, code) ?? '120') : code;
  if (modality !== 'future' && modality !== 'intended') return code;
  return root >= 4 && root <= 8 ? (lookup(INTEND, code) ?? code) : code;
}

/** Calling for sanctions, arrests or force against someone is disapproval of them (CAMEO 110). */
function isHostile(code: string): boolean {
  return Number(code.slice(0, 2)) >= 11;
}

/** Is the governed event a hostile act (investigate .. mass violence)? */
export function isConflict(code: string): boolean {
  return Number(code.slice(0, 2)) >= 9;
}

export interface Combined {
  /** The code of the one event the pair becomes, or null when the governed event stands on its own. */
  code: string | null;
  /** The governed event keeps its own code with this modality (it is intended, alleged or negated). */
  governedModality: 'intended' | 'alleged' | 'negated' | null;
}

/** A wrapping verb with the code of the event it governs. */
export function combineFrame(frame: Frame, frameCode: string, governed: string): Combined {
  switch (frame) {
    case 'appeal':
      return { code: lookup(APPEAL, governed) ?? (isHostile(governed) ? '110' : frameCode), governedModality: null };
    case 'demand':
      return { code: lookup(DEMAND, governed) ?? (isHostile(governed) ? '110' : frameCode), governedModality: null };
    case 'reject':
      return { code: lookup(REJECT, governed) ?? frameCode, governedModality: null };
    case 'threaten':
      return { code: lookup(THREATEN, governed) ?? frameCode, governedModality: null };
    case 'intend':
      // agreeing, offering or proposing to do something is an expression of intent, whatever it is
      return { code: lookup(INTEND, governed) ?? frameCode, governedModality: null };
    case 'order':
      // an order from those in command is the act itself ("ordered the arrest of", "ordered attacks on")
      return { code: governed, governedModality: null };
    case 'vow':
      return isConflict(governed)
        ? { code: lookup(THREATEN, governed) ?? '130', governedModality: null }
        : { code: lookup(INTEND, governed) ?? frameCode, governedModality: null };
    case 'deny':
      return { code: frameCode, governedModality: 'negated' };
    case 'accuse': {
      const specific = governed.startsWith('18') || governed.startsWith('19') || governed.startsWith('15') ? '1123'
        : governed.startsWith('20') ? '1124'
        : governed.startsWith('17') ? '1122'
        : frameCode;
      return { code: specific, governedModality: 'alleged' };
    }
  }
}
