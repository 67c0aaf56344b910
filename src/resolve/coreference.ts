import type { ActorMention, Sentence, Token } from '../types/index.js';
import type { Composed, MentionKind } from './compose.js';

/** A mention seen earlier in the article, with what it stands for. */
interface Seen {
  mention: ActorMention;
  kind: MentionKind;
  sentence: number;
  /** Its order in its sentence: the first is taken as the subject. */
  order: number;
}

/** Role words that name the person at the top ("the Belarusian leader"). */
const LEADER_WORDS = new Set(['leader', 'strongman', 'ruler', 'head of state', 'autocrat', 'counterpart']);
/** Offices: resolved only when the article has named exactly one such person of the country. */
const OFFICE_WORDS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'defence minister',
  'defense minister', 'king', 'emir', 'monarch', 'head of government', 'minister']);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
/** Possessives whose owner gives a bare role its country ("its soldiers", "his forces"). */
const OWNERS = new Set(['its', 'his', 'her']);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
const PAIR_PEOPLE = new Set(['leaders', 'presidents', 'men', 'women', 'premiers', 'counterparts', 'heads', 'ministers', 'prime']);
const PAIR_COUNTRIES = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'sides', 'allies', 'governments', 'capitals']);
/** Particles that belong to a surname ("Van Hollen", "de Gaulle", "bin Salman"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'dos', 'das', 'st.']);
/** How far back (in sentences) a pronoun looks for its person. */
const PRONOUN_REACH = 4;

/**
 * Links later references to actors named before, within one article, sentence by sentence:
 * "he"/"his" -> the last person named (the subject of the nearest sentence naming one),
 * "the Belarusian leader" -> the BLR person named before, "the two leaders" -> the two people
 * named last, "the two countries" -> the two countries named last, "the alliance" -> NATO (or the
 * alliance named before), "the bloc" -> the bloc named before, "the country" -> the last country,
 * and a surname already seen after a role ("opposition leader Jane Roe ... Roe said").
 */
export class Coreference {
  private readonly seen: Seen[] = [];
  private readonly surnames = new Map<string, Composed>();

  /**
   * Resolves the references of one sentence given its composed mentions (which it may enrich or
   * replace), adds coreference mentions, and remembers the sentence's actors.
   */
  resolve(sentence: Sentence, composed: Composed[], body: string): Composed[] {
    const tokens = sentence.tokens;
    const out: Composed[] = [];
    const covered = new Array<boolean>(tokens.length).fill(false);

    // "the two leaders", "both countries": two actors named before.
    const pairs = this.pairs(tokens, body, composed, sentence.index);
    for (const p of pairs) for (let k = p.mention.tokens[0]; k < p.mention.tokens[1]; k++) covered[k] = true;

    for (const c of composed) {
      if (overlaps(c.mention.tokens, covered)) continue;
      out.push(this.owned(this.fillRole(c, tokens), tokens, out, sentence.index));
      for (let k = c.mention.tokens[0]; k < c.mention.tokens[1]; k++) covered[k] = true;
    }
    out.push(...pairs);

    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t === undefined || covered[k] === true) continue;
      const found = this.single(tokens, k, out, sentence.index, body);
      if (found !== null) {
        out.push(found);
        for (let m = found.mention.tokens[0]; m < found.mention.tokens[1]; m++) covered[m] = true;
        k = found.mention.tokens[1] - 1;
      }
    }
    out.sort((a, b) => a.mention.tokens[0] - b.mention.tokens[0] || a.mention.span[0] - b.mention.span[0]);
    out.forEach((c, order) => {
      this.seen.push({ mention: c.mention, kind: c.kind, sentence: sentence.index, order });
      if (c.kind === 'person' && c.mention.entity !== null) {
        const words = c.mention.entity.split(/\s+/);
        const surname = words[words.length - 1];
        if (surname !== undefined && surname.length > 1) this.surnames.set(surname, c);
        // "Chris Van Hollen" ... "Van Hollen", "Ursula von der Leyen" ... "von der Leyen"
        const particle = words.length - 2;
        if (particle > 0 && PARTICLES.has(words[particle]?.toLowerCase() ?? '')) {
          const start = particle > 1 && PARTICLES.has(words[particle - 1]?.toLowerCase() ?? '') ? particle - 1 : particle;
          this.surnames.set(words.slice(start).join(' '), c);
        }
      }
    });
    return out;
  }

  /**
   * "Turkey said one of its soldiers was killed": a role with no country owned by "its" belongs to
   * the country named last before it (in the sentence, else in the two sentences before); "Putin
   * said his forces ...", "Putin's spokesman": owned by "his"/"her" or by a person with "'s", to the
   * country of that person.
   */
  private owned(c: Composed, tokens: readonly Token[], before: readonly Composed[], index: number): Composed {
    const m = c.mention;
    const owner = tokens[m.tokens[0] - 1]?.normal ?? '';
    // "Putin's spokesman": a person named right before, with "'s"
    const person = POSSESSIVE_MARKS.has(owner) ? before.find((o) => o.kind === 'person' && o.mention.tokens[1] === m.tokens[0] - 1) : undefined;
    // Only a bare sector: "its European allies" are already Europe's.
    if (c.kind !== 'role' || m.country !== null || m.sector === null || m.code !== m.sector || (!OWNERS.has(owner) && person === undefined)) return c;
    let country: string | null;
    if (person !== undefined) country = person.mention.country;
    else if (owner === 'its') {
      const isState = (kind: MentionKind, country: string | null): boolean => country !== null && kind === 'country';
      country = [...before].reverse().find((o) => isState(o.kind, o.mention.country))?.mention.country ?? null;
      const sentence = this.seen[this.seen.length - 1]?.sentence;
      if (country === null && sentence !== undefined) {
        country = this.lastSeen((s) => isState(s.kind, s.mention.country) && sentence - s.sentence <= 1)?.mention.country ?? null;
      }
    } else {
      country = this.personForPronoun(tokens, before, m.tokens[0] - 1, index, false)?.mention.country ?? null;
    }
    if (country === null) return c;
    return { ...c, mention: { ...m, country, code: country + m.sector } };
  }

  /** "the Belarusian leader": a role phrase with a country and no name -> the person named before. */
  private fillRole(c: Composed, tokens: readonly Token[]): Composed {
    const m = c.mention;
    if (c.kind !== 'role' || m.entity !== null || !c.singular || c.role === null) return c;
    const det = tokens[m.tokens[0] - 1]?.normal;
    const bare = m.text.toLowerCase() === c.role;
    // "the president", "the Belarusian leader", "Belarus's leader"; not "Senate President", "a leader".
    const definite = det === 'the' || det === 'his' || det === 'her' || det === 'its' || det === 'their'
      || (m.country !== null && !bare);
    if (!definite || det === 'a' || det === 'an') return c;
    // Without a country only the bare office resolves ("the president"), not "Senate President".
    if (m.country === null && (!bare || !(OFFICE_WORDS.has(c.role) || LEADER_WORDS.has(c.role)))) return c;
    const head = lastRoleWord(c.role);
    const people = this.seen.filter((s) => s.kind === 'person' && s.mention.entity !== null
      && (m.country === null ? s.mention.sector === 'GOV' : s.mention.country === m.country));
    let chosen: Seen | undefined;
    if (LEADER_WORDS.has(head) || LEADER_WORDS.has(c.role)) chosen = people[people.length - 1];
    else if (OFFICE_WORDS.has(head) || OFFICE_WORDS.has(c.role)) {
      const distinct = new Set(people.map((p) => p.mention.entity));
      if (distinct.size === 1) chosen = people[people.length - 1];
    }
    if (chosen === undefined) return c;
    return {
      ...c,
      kind: 'person',
      mention: {
        ...m, code: chosen.mention.code, country: chosen.mention.country, sector: chosen.mention.sector,
        entity: chosen.mention.entity, via: 'coreference',
      },
    };
  }

  private pairs(tokens: readonly Token[], body: string, composed: readonly Composed[], sentence: number): Composed[] {
    const out: Composed[] = [];
    for (let k = 0; k + 1 < tokens.length; k++) {
      const w = tokens[k]?.normal;
      const two = w === 'both' || ((w === 'two' || w === '2') && tokens[k - 1]?.normal === 'the');
      if (!two) continue;
      let n = k + 1;
      while (n < tokens.length && tokens[n]?.pos === 'ADJ') n++;
      const noun = tokens[n]?.normal ?? '';
      const start = w === 'both' ? k : k - 1;
      const people = PAIR_PEOPLE.has(noun);
      if (!people && !PAIR_COUNTRIES.has(noun)) continue;
      // "heads of state", "prime ministers": take the whole head.
      let end = n + 1;
      if (noun === 'heads' && tokens[n + 1]?.normal === 'of') end = Math.min(tokens.length, n + 3);
      if (noun === 'prime' && tokens[n + 1]?.normal === 'ministers') end = n + 2;
      // Actors named earlier in this sentence count too ("Modi hosted Ruto, where the two leaders ...").
      const earlier: Seen[] = composed.filter((c) => c.mention.tokens[1] <= start)
        .map((c, order) => ({ mention: c.mention, kind: c.kind, sentence, order }));
      const found = people ? this.lastTwo((s) => s.kind === 'person' && s.mention.entity !== null, (s) => s.mention.entity, earlier)
        : this.lastTwo((s) => s.mention.country !== null, (s) => s.mention.country, earlier);
      if (found.length < 2) continue;
      const span: [number, number] = [tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0];
      const gov = noun === 'governments' || noun === 'capitals';
      for (const s of found) {
        const m = s.mention;
        const mention: ActorMention = people
          ? { ...m, text: body.slice(span[0], span[1]), span, tokens: [start, end], via: 'coreference' }
          : {
            text: body.slice(span[0], span[1]), span, tokens: [start, end], via: 'coreference',
            code: (m.country ?? '') + (gov ? 'GOV' : ''), country: m.country, sector: gov ? 'GOV' : null, entity: null,
          };
        out.push({ mention, kind: people ? 'person' : 'country', role: null, singular: false });
      }
      k = end - 1;
    }
    return out;
  }

  /** The two most recent distinct actors that pass `keep`, in the order they were named. */
  private lastTwo(keep: (s: Seen) => boolean, key: (s: Seen) => string | null, earlier: readonly Seen[]): Seen[] {
    const found: Seen[] = [];
    const keys = new Set<string>();
    const pool = earlier.length > 0 ? [...this.seen, ...earlier] : this.seen;
    for (let i = pool.length - 1; i >= 0 && found.length < 2; i--) {
      const s = pool[i];
      if (s === undefined || !keep(s)) continue;
      const kv = key(s);
      if (kv === null || keys.has(kv)) continue;
      keys.add(kv);
      found.unshift(s);
    }
    return found;
  }

  /** A pronoun, "the alliance", "the bloc", "the country" or a known surname at token k. */
  /** A surname of a person named before in the article ("Roe" after "Jane Roe"). */
  knowsSurname(word: string): boolean {
    return this.surnames.has(word);
  }

  /** Who the article named in full with this surname so far, if anyone. */
  surnameEntity(word: string): string | null {
    return this.surnames.get(word)?.mention.entity ?? null;
  }

  private single(tokens: readonly Token[], k: number, current: readonly Composed[], sentence: number, body: string): Composed | null {
    const t = tokens[k];
    if (t === undefined) return null;
    let target: { mention: ActorMention; kind: MentionKind } | undefined;
    let end = k + 1;
    if (PERSON_PRONOUNS.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET')) {
      // "his Belarusian counterpart": the possessive is part of a phrase that names its own actor.
      if ((t.normal === 'his' || t.normal === 'her') && startsMention(tokens, k + 1, current)) return null;
      target = this.personForPronoun(tokens, current, k, sentence, (t.normal === 'him' || t.normal === 'her') && t.pos === 'PRON');
      // "Erdogan said his country would ...": the person's country, not the person
      const noun = tokens[k + 1]?.normal ?? '';
      if (target !== undefined && (t.normal === 'his' || t.normal === 'her') && (noun === 'country' || noun === 'nation')) {
        const iso = target.mention.country;
        target = iso === null ? undefined : { kind: 'country', mention: { ...target.mention, code: iso, sector: null, entity: null } };
        end = k + 2;
      }
    } else if (t.normal === 'the' && k + 1 < tokens.length) {
      const noun = tokens[k + 1]?.normal ?? '';
      end = k + 2;
      if (noun === 'alliance') target = this.lastSeen((s) => s.kind === 'igo' && /NAT|alliance|treaty|CSTO/i.test(label(s)));
      else if (noun === 'bloc' || noun === 'union') target = this.lastSeen((s) => s.kind === 'igo' && (noun === 'bloc' || /EU|European Union/i.test(label(s))));
      else if (noun === 'organisation' || noun === 'organization') target = this.lastSeen((s) => s.kind === 'igo');
      else if (noun === 'country' || noun === 'nation') {
        const last = this.lastSeen((s) => s.mention.country !== null && (s.kind === 'country' || s.kind === 'role' || s.kind === 'person'));
        if (last !== undefined && last.mention.country !== null) {
          const iso = last.mention.country;
          target = { kind: 'country', mention: { ...last.mention, code: iso, sector: null, entity: null } };
        }
      }
    } else if (/^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || PARTICLES.has(t.normal))) {
      // The longest surname known: "Van Hollen" before "Hollen".
      for (const n of [3, 2, 1]) {
        const words = tokens.slice(k, k + n);
        const known = words.length === n ? this.surnames.get(words.map((w) => w.text).join(' ')) : undefined;
        if (known !== undefined) {
          target = known;
          end = k + n;
          break;
        }
      }
    }
    if (target === undefined) return null;
    const span: [number, number] = [tokens[k]?.start ?? 0, tokens[end - 1]?.end ?? 0];
    return {
      kind: target.kind,
      role: null,
      singular: true,
      mention: {
        ...target.mention, text: body.slice(span[0], span[1]), span, tokens: [k, end], via: 'coreference',
      },
    };
  }

  /**
   * The person a pronoun at token k stands for: the first person (the subject) named earlier in
   * the same sentence, else the first person of the nearest earlier sentence that names one.
   */
  private personForPronoun(tokens: readonly Token[], current: readonly Composed[], k: number, sentence: number, object: boolean): Composed | undefined {
    // People named before it in the sentence, and singular role phrases ("a Saudi dissident").
    // Not a role word that only modifies a noun after it: "U.S. military aid" is no person.
    const before = current.filter((c) => c.mention.tokens[1] <= k
      && (c.kind === 'person' || (c.kind === 'role' && c.singular && c.mention.entity === null && !modifiesNoun(tokens, c.mention.tokens[1]))));
    // "The Kenyan leader thanked him": an object pronoun is not the subject of its own clause (no
    // comma or "that" between them).
    const sameClause = (c: Composed): boolean => {
      for (let i = c.mention.tokens[1]; i < k; i++) {
        const w = tokens[i]?.normal;
        if (w === ',' || w === 'that' || w === 'who' || w === ';') return false;
      }
      return true;
    };
    const excludedHere = object ? before.filter(sameClause) : [];
    const excluded = new Set(excludedHere.map((c) => c.mention.entity ?? c.mention.text));
    const here = before.find((c) => !excludedHere.includes(c));
    if (here !== undefined) return here;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i];
      if (s === undefined || sentence - s.sentence > PRONOUN_REACH) break;
      if (s.kind !== 'person' || excluded.has(s.mention.entity ?? s.mention.text)) continue;
      const subject = this.seen.find((o) => o.sentence === s.sentence && o.kind === 'person' && !excluded.has(o.mention.entity ?? o.mention.text));
      const chosen = subject ?? s;
      return { mention: chosen.mention, kind: 'person', role: null, singular: true };
    }
    return undefined;
  }

  private lastSeen(keep: (s: Seen) => boolean): Seen | undefined {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i];
      if (s !== undefined && keep(s)) return s;
    }
    return undefined;
  }
}

function label(s: Seen): string {
  return `${s.mention.code} ${s.mention.entity ?? ''} ${s.mention.text}`;
}

function lastRoleWord(role: string): string {
  const words = role.split(/\s+/);
  return words.slice(-2).join(' ') === 'prime minister' ? 'prime minister' : words[words.length - 1] ?? role;
}

function overlaps(range: [number, number], covered: readonly boolean[]): boolean {
  for (let k = range[0]; k < range[1]; k++) if (covered[k] === true) return true;
  return false;
}

/** Is the token at `end`, right after a mention, a common noun that the mention modifies ("military aid")? */
function modifiesNoun(tokens: readonly Token[], end: number): boolean {
  const t = tokens[end];
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
}

/** Whether a mention begins at token k, adjectives allowed before it ("his new Belarusian counterpart"). */
function startsMention(tokens: readonly Token[], k: number, current: readonly Composed[]): boolean {
  let i = k;
  while (i < tokens.length && tokens[i]?.pos === 'ADJ') i++;
  return current.some((c) => c.mention.tokens[0] === i || c.mention.tokens[0] === k);
}
