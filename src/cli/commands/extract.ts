import { parseArgs } from 'node:util';
import { extractArticle } from '../../extract/extract-article.js';
import { readInput } from '../../io/read-input.js';
import { forEachInput } from '../for-each-input.js';
import type { Command } from '../io.js';
import { requireInputs } from '../args.js';

const OPTIONS = { 'allow-private': { type: 'boolean', default: false, help: 'read URLs on loopback, link-local and private addresses too' } } as const;

export const extractCommand: Command = {
  name: 'extract',
  usage: 'dyad extract INPUT... [--allow-private]   (a file, a .gz file, an http(s) URL, or - for stdin)',
  options: OPTIONS,
  examples: ['dyad extract story.html', 'dyad extract pages/*.html | jq -r .title'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    const inputs = requireInputs(positionals, this.usage);
    return forEachInput(inputs, io, async (input, emit) => {
      emit(extractArticle(await readInput(input, { allowPrivate: values['allow-private'] })));
    });
  },
};
