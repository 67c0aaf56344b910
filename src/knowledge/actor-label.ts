/** Names to compose actor labels from; plain data, so that the web app can receive it as JSON. */
export interface ActorNameTables {
  /** Whole codes with a name of their own: IGOs, NGOs, armed groups (IGOEUREEC "European Union"). */
  named: Record<string, string>;
  /** ISO3 country codes. */
  countries: Record<string, string>;
  /** CAMEO agent codes. */
  sectors: Record<string, string>;
}

/**
 * An actor code as words: RUSGOV "Russia: government", IGOEUREECLEG "European Union: legislature",
 * GOV "government", "---" "unresolved actor". Unknown parts are left as codes rather than guessed.
 */
export function actorLabel(code: string, tables: ActorNameTables): string {
  if (code === '---' || code === '') return 'unresolved actor';
  let head = '';
  let rest = code;
  for (let end = code.length; end >= 3; end--) {
    const name = tables.named[code.slice(0, end)];
    if (name) {
      head = name;
      rest = code.slice(end);
      break;
    }
  }
  if (!head && tables.countries[code.slice(0, 3)]) {
    head = tables.countries[code.slice(0, 3)] ?? '';
    rest = code.slice(3);
  }
  const parts = (rest.match(/.{1,3}/g) ?? []).map((p) => tables.sectors[p] ?? p);
  if (!head) return parts.join(', ') || code;
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}

/** A code with its name for tables and tooltips: "RUSGOV (Russia: government)". */
export function codeWithName(code: string, tables: ActorNameTables): string {
  const label = actorLabel(code, tables);
  return label === code ? code : `${code} (${label})`;
}
