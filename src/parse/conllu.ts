/**
 * CoNLL-U (https://universaldependencies.org/format.html): one word a line in ten tab-separated
 * columns, sentences separated by blank lines, comments starting with "#". Multiword-token lines
 * ("1-2 don't") and empty nodes ("8.1") are kept as they are so that a file written back keeps them.
 */

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0-based index of the head word in the sentence, -1 for the root (CoNLL-U's 0). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, each before the word with the same or next id. */
  extra: Array<{ before: number; line: string }>;
}

export function readConllu(text: string, source = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extra: [] };
  const flush = (): void => {
    if (current.words.length > 0 || current.comments.length > 0) out.push(current);
    current = { comments: [], words: [], extra: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      current.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${source}:${n + 1}: a CoNLL-U line has 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) {
      current.extra.push({ before: current.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(id) || Number(id) !== current.words.length + 1) {
      throw new Error(`${source}:${n + 1}: word id ${id} out of sequence (expected ${current.words.length + 1})`);
    }
    const head = cols[6] === '_' ? -1 : Number(cols[6]) - 1;
    if (!Number.isInteger(head)) throw new Error(`${source}:${n + 1}: head "${cols[6]}" is not a number`);
    current.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head,
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  flush();
  return out;
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = [...s.comments];
    let e = 0;
    s.words.forEach((w, i) => {
      while (e < s.extra.length && s.extra[e]!.before <= i) lines.push(s.extra[e++]!.line);
      lines.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head + 1, w.deprel, w.deps, w.misc].join('\t'));
    });
    while (e < s.extra.length) lines.push(s.extra[e++]!.line);
    parts.push(lines.join('\n') + '\n\n');
  }
  return parts.join('');
}
