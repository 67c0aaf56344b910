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
