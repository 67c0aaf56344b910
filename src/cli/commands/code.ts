import { parseArgs } from 'node:util';
import { codeArticle } from '../../code/code-article.js';
import { extractArticle } from '../../extract/extract-article.js';
import { readInput } from '../../io/read-input.js';
import { checkDate } from '../../check-date.js';
import { requireInputs } from '../args.js';
import { forEachInput } from '../for-each-input.js';
import type { Command } from '../io.js';

export const codeCommand: Command = {
  name: 'code',
  summary: 'print the events of each document as JSON Lines (--all adds quotes and quantities)',
  usage: 'dyad code INPUT... [--all] [--published YYYY-MM-DD]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { all: { type: 'boolean', default: false }, published: { type: 'string' } },
    });
    const inputs = requireInputs(positionals, this.usage);
    const published = checkDate(values.published, '--published');
    return forEachInput(inputs, io, async (input, emit) => {
      const article = extractArticle(await readInput(input));
      const coded = codeArticle(article, { published: published ?? null });
      for (const event of coded.events) emit(values.all ? { kind: 'event', ...event } : event);
      if (values.all) {
        for (const quote of coded.quotes) emit(quote);
        for (const quantity of coded.quantities) emit(quantity);
      }
    });
  },
};
