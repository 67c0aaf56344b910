/**
 * Shapes of the knowledge tables. The tables are data written by us from facts; these types keep
 * the files that hold them (countries, IGOs, leaders, sectors) consistent with their readers.
 */

/** Offices we track with dates. HOS head of state, HOG head of government, FM foreign minister,
 * DM defence minister, IGO the head of an international organisation, OTHER a named office. */
export type OfficeKind = 'HOS' | 'HOG' | 'FM' | 'DM' | 'IGO' | 'OTHER';

/**
 * One term of office: [country ISO3 (or IGO code for IGO heads), office, names, from, to].
 * names: the canonical full name first, then variants separated by "|"
 *   ("Alexander Lukashenko|Alyaksandr Lukashenka|Lukashenka"). The surname of the canonical name is
 *   derived by the reader, so "Lukashenko" need not be listed.
 * from/to: YYYY-MM-DD (or YYYY-MM, YYYY when the day is not known); to is null while in office.
 */
export type OfficeTerm = readonly [
  country: string,
  office: OfficeKind,
  names: string,
  from: string,
  to: string | null,
];

/** What the actor dictionary knows about a name. */
export interface ActorEntry {
  /** CAMEO actor code: "RUS", "RUSGOV", "IGOEUREEC", "NATO"-style IGO codes, ... */
  code: string;
  /** ISO3 when the actor belongs to one state. */
  country: string | null;
  /** GOV, MIL, OPP, ... or null for a whole country. */
  sector: string | null;
  /** The person or organisation resolved ("Vladimir Putin", "NATO"), null for plain countries. */
  entity: string | null;
  kind: 'country' | 'capital' | 'seat' | 'demonym' | 'person' | 'igo' | 'group';
}

/** Match positions are UTF-16 offsets into the text passed in. */
export interface ActorMatch {
  start: number;
  end: number;
  entry: ActorEntry;
}

export interface RoleMatch {
  start: number;
  end: number;
  /** CAMEO sector code(s) for the role words: "GOV", "MIL", "GOVFRM"... */
  sector: string;
  /** The role words as written ("foreign minister"). */
  text: string;
}

/**
 * Names of actors and role words, matched on text at word boundaries, case- and
 * diacritic-insensitively (proper names are matched case-sensitively where lower case would be a
 * common word: "Chad", "Jordan", "Turkey" as in the bird).
 */
export interface ActorDictionary {
  /** The longest actor name starting at `start`; people resolve to the role they held on `date` (YYYY-MM-DD). */
  matchAt(text: string, start: number, date: string | null): ActorMatch | null;
  /** The longest role phrase starting at `start` ("prime minister", "troops", "opposition"). */
  matchRoleAt(text: string, start: number): RoleMatch | null;
}

/** A place resolved by the gazetteer. */
export interface Place {
  name: string;
  /** ISO3 */
  country: string;
  lat: number;
  lon: number;
  kind: 'city' | 'country' | 'region';
}
