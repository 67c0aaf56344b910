import { parseArgs } from 'node:util';
import { inputError } from '../../errors.js';
import { parseDay } from '../../filter/parse-filter.js';
import { readInput } from '../../io/read-input.js';
import { readActorFiles } from '../../knowledge/read-actor-files.js';
import { processDocument } from '../../pipeline.js';
import { ACTORS_OPTION, requireInputs } from '../args.js';
import { forEachInput } from '../for-each-input.js';
import type { Command } from '../io.js';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

const OPTIONS = {
  all: { type: 'boolean', default: false, help: 'add the quotes and quantities to the events' },
  published: { type: 'string', arg: 'YYYY-MM-DD', help: 'the publication date of documents that do not say it' },
  ...ACTORS_OPTION,
  'allow-private': { type: 'boolean', default: false, help: 'read URLs on loopback, link-local and private addresses too' },
} as const;

export const codeCommand: Command = {
  name: 'code',
  usage: 'dyad code INPUT... [--all] [--published YYYY-MM-DD] [--actors FILE]... [--allow-private]',
  options: OPTIONS,
  examples: ['dyad code story.html', 'dyad code --published 2022-03-01 dump.txt | jq .action.cameo', 'curl -s https://example.org/story | dyad code -'],
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
    const inputs = requireInputs(positionals, this.usage);
    const published = parseDay(values.published, '--published');
    const dictionary = readActorFiles(values.actors);
    return forEachInput(inputs, io, async (input, emit) => {
      const { article, coded } = processDocument(await readInput(input, { allowPrivate: values['allow-private'] }), { published: published ?? null, dictionary });
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
