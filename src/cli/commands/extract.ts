import { parseArgs } from 'node:util';
import { extractArticle } from '../../extract/extract-article.js';
import { readInput } from '../../io/read-input.js';
import { forEachInput } from '../for-each-input.js';
import type { Command } from '../io.js';
import { requireInputs } from '../args.js';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'dyad extract INPUT...   (a file, a .gz file, an http(s) URL, or - for stdin)',
  options: {},
  examples: ['dyad extract story.html', 'dyad extract pages/*.html | jq -r .title'],
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const inputs = requireInputs(positionals, this.usage);
    return forEachInput(inputs, io, async (input, emit) => {
      emit(extractArticle(await readInput(input)));
    });
  },
};
