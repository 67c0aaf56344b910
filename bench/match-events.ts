/**
 * Matching produced events against hand-coded gold events (bench/gold/README.md): same sentence,
 * source and target at country level, same CAMEO root. Pure, so that the scorer can be tested.
 */

/** One coding of an event: actor codes (target null when the event has none) and a CAMEO code. */
export interface Coding {
  source: string | null;
  target: string | null;
  cameo: string;
}

export interface GoldEvent extends Coding {
  /** Where the gold sentence text occurs in the article body (UTF-16 offsets); one per printing. */
  spans: readonly (readonly [number, number])[];
  /** Either direction is right: roots 04 and 06 always are (records spec), others when marked. */
  symmetric?: boolean;
  /** Other whole codings an expert would also accept; each overrides some fields of the event. */
  alt?: readonly Partial<Coding>[];
}

export interface ProducedEvent extends Coding {
  /** The produced event's sentence span in the same article body. */
  sentence: readonly [number, number];
}

/**
 * The level at which actors are compared: the state for state codes (first three letters: RUSGOV
 * and RUSMIL are both RUS), the whole code for IGOs and NGOs (IGOUNO is not IGOUNOWHO), '' for no
 * actor. An unresolved actor ('---') never equals a real one.
 */
export function actorKey(code: string | null): string {
  if (code === null || code === '') return '';
  if (/^(IGO|NGO)/.test(code)) return code;
  return code.slice(0, 3);
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/** The produced event lies in the gold event's sentence (any of its printings). */
export function sameSentence(gold: GoldEvent, produced: ProducedEvent): boolean {
  return gold.spans.some((span) => overlaps(span, produced.sentence));
}

function codingsOf(gold: GoldEvent): Coding[] {
  const base: Coding = { source: gold.source, target: gold.target, cameo: gold.cameo };
  return [base, ...(gold.alt ?? []).map((a) => ({ ...base, ...a }))];
}

function agrees(gold: Coding, produced: Coding, symmetric: boolean): boolean {
  if (gold.cameo.slice(0, 2) !== produced.cameo.slice(0, 2)) return false;
  const [gs, gt, ps, pt] = [gold.source, gold.target, produced.source, produced.target].map(actorKey);
  if (gs === ps && gt === pt) return true;
  const undirected = symmetric || ['04', '06'].includes(gold.cameo.slice(0, 2));
  return undirected && gs === pt && gt === ps;
}

/** A produced event matches a gold event: same sentence, actors at country level, CAMEO root. */
export function eventsMatch(gold: GoldEvent, produced: ProducedEvent): boolean {
  if (!sameSentence(gold, produced)) return false;
  return codingsOf(gold).some((c) => agrees(c, produced, gold.symmetric === true));
}

/**
 * The largest one-to-one matching of gold to produced events of one article (Kuhn's augmenting
 * paths; articles have tens of events). Returns, for each gold event, the index of its produced
 * event or -1.
 */
export function matchEvents(gold: readonly GoldEvent[], produced: readonly ProducedEvent[]): number[] {
  const edges = gold.map((g) => produced.flatMap((p, i) => (eventsMatch(g, p) ? [i] : [])));
  const ownerOf = new Array<number>(produced.length).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const p of edges[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = true;
      const owner = ownerOf[p] ?? -1;
      if (owner === -1 || augment(owner, seen)) {
        ownerOf[p] = g;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, g) => augment(g, new Array<boolean>(produced.length).fill(false)));
  const matchOf = new Array<number>(gold.length).fill(-1);
  ownerOf.forEach((g, p) => {
    if (g !== -1) matchOf[g] = p;
  });
  return matchOf;
}

/**
 * For issue 9's actor measure: against the gold events of the produced event's sentence, is its
 * source right, and its target? Judged against the gold event there that agrees best with it.
 */
export function actorAgreement(gold: readonly GoldEvent[], produced: ProducedEvent): { source: boolean; target: boolean } | null {
  const here = gold.filter((g) => sameSentence(g, produced));
  if (here.length === 0) return null;
  let best = { source: false, target: false, score: -1 };
  for (const g of here) {
    for (const c of codingsOf(g)) {
      const source = actorKey(c.source) === actorKey(produced.source);
      const target = actorKey(c.target) === actorKey(produced.target);
      const score = Number(source) + Number(target) + Number(c.cameo.slice(0, 2) === produced.cameo.slice(0, 2));
      if (score > best.score) best = { source, target, score };
    }
  }
  return { source: best.source, target: best.target };
}
