import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { annotate } from '../../annotate/index.js';
import { DyadError, inputError } from '../../errors.js';
import { extractArticle } from '../../extract/extract-article.js';
import { readInput } from '../../io/read-input.js';
import { parseTokens, readConllu, writeConllu, type ConlluSentence } from '../../parse/index.js';
import type { Sentence } from '../../types/index.js';
import { requireInputs } from '../args.js';
import type { Command } from '../io.js';

const USAGE = [
  'dyad parse INPUT...          tag and parse the text of each document; CoNLL-U on stdout',
  '       dyad parse --conllu FILE...   re-tag and re-parse CoNLL-U, keeping its words and sentences',
  '',
  'INPUT is a file, a .gz file, an http(s) URL, or - for stdin. The text is extracted and split',
  'into sentences as `dyad code` does; each sentence is written as a CoNLL-U block with "# text =".',
  'With --conllu the tags, heads and relations of FILE are ignored and replaced by the parser\'s, so',
  'that any CoNLL-U scorer can compare the output with FILE. The model is trained on UD English-EWT',
  '(CC BY-SA 4.0).',
].join('\n');

export const parseCommand: Command = {
  name: 'parse',
  usage: USAGE,
  options: { conllu: { type: 'boolean', default: false, help: 'read CoNLL-U and parse its sentences again (for scorers)' } },
  examples: ['dyad parse story.html', 'dyad parse --conllu gold.conllu > parsed.conllu'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { conllu: { type: 'boolean', default: false } } });
    const inputs = requireInputs(positionals, USAGE);
    let failed = 0;
    for (const input of inputs) {
      try {
        io.stdout.write(writeConllu(values.conllu ? reparse(readConlluFile(input)) : await parseDocument(input)));
      } catch (err) {
        if (!(err instanceof DyadError) || err.kind !== 'input') throw err;
        failed++;
        io.stderr.write(`dyad: ${err.message}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
};

function readConlluFile(path: string): ConlluSentence[] {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw inputError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  try {
    return readConllu(text, path);
  } catch (e) {
    // readConllu's message already names the file and line.
    throw new DyadError('input', (e as Error).message);
  }
}

function reparse(sentences: ConlluSentence[]): ConlluSentence[] {
  return sentences.map((s) => {
    const tree = parseTokens(s.words.map((w) => w.form));
    return {
      ...s,
      words: s.words.map((w, i) => ({ ...w, upos: tree.upos[i]!, xpos: '_', feats: '_', head: tree.head[i]!, deprel: tree.rel[i]!, deps: '_' })),
    };
  });
}

async function parseDocument(input: string): Promise<ConlluSentence[]> {
  const doc = annotate(extractArticle(await readInput(input)));
  if (doc.sentences.length === 0) throw inputError(input, 'no text to parse');
  return doc.sentences.map((s) => toConllu(s));
}

function toConllu(s: Sentence): ConlluSentence {
  const tree = parseTokens(s.tokens.map((t) => t.text));
  return {
    comments: [`# sent_id = ${s.index + 1}`, `# text = ${s.text.replace(/\s+/g, ' ')}`],
    extra: [],
    words: s.tokens.map((t, i) => {
      const next = s.tokens[i + 1];
      return {
        id: i + 1,
        form: t.text,
        lemma: t.lemma,
        upos: tree.upos[i]!,
        xpos: '_',
        feats: '_',
        head: t.head,
        deprel: t.rel,
        deps: '_',
        misc: next !== undefined && next.start === t.end ? 'SpaceAfter=No' : '_',
      };
    }),
  };
}
