import { parseArgs } from 'node:util';
import { checkDate } from '../../check-date.js';
import { inputError } from '../../errors.js';
import { readInput } from '../../io/read-input.js';
import { readActorFiles } from '../../knowledge/read-actor-files.js';
import { processDocument } from '../../pipeline.js';
import { requireInputs } from '../args.js';
import { forEachInput } from '../for-each-input.js';
import type { Command } from '../io.js';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export const codeCommand: Command = {
  name: 'code',
  usage: 'dyad code INPUT... [--all] [--published YYYY-MM-DD] [--actors FILE]...',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        published: { type: 'string' },
        actors: { type: 'string', multiple: true, default: [] },
      },
    });
    const inputs = requireInputs(positionals, this.usage);
    const published = checkDate(values.published, '--published');
    const dictionary = readActorFiles(values.actors);
    return forEachInput(inputs, io, async (input, emit) => {
      const { article, coded } = processDocument(await readInput(input), { published: published ?? null, dictionary });
      // The lexicon and patterns are English: say so rather than print nothing.
      if (article.language !== null && article.language !== 'en') {
        throw inputError(input, `the text is in ${LANGUAGE_NAMES.of(article.language) ?? article.language} (${article.language}); events are coded from English only`);
      }
      for (const event of coded.events) emit(values.all ? { kind: 'event', ...event } : event);
      if (values.all) {
        for (const quote of coded.quotes) emit(quote);
        for (const quantity of coded.quantities) emit(quantity);
      }
    });
  },
};
