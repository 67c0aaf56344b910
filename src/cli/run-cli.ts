import { DyadError } from '../errors.js';
import { dyadVersion } from '../version.js';
import { formatHelp } from './format-help.js';
import type { CliIO, Command } from './io.js';
import { OutputClosed } from './write-stdout.js';

/**
 * The commands, each loaded only when run: `dyad --help` should not pay for the NLP model, the
 * knowledge tables or the database driver.
 */
const COMMANDS: { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'extract', summary: 'print the Article of each document as JSON (JSON Lines for several)', load: async () => (await import('./commands/extract.js')).extractCommand },
  { name: 'code', summary: 'print the events of each document as JSON Lines (--all adds quotes and quantities)', load: async () => (await import('./commands/code.js')).codeCommand },
  { name: 'parse', summary: 'tag and parse the sentences of each document (or a CoNLL-U file with --conllu) and write CoNLL-U', load: async () => (await import('./commands/parse.js')).parseCommand },
  { name: 'ingest', summary: 'add documents (files, folders, globs, URLs, RSS/Atom feeds, WARC files) to the store', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  { name: 'worker', summary: 'take documents that "ingest --queue" put on a PostgreSQL queue, code them and write them to the store (any number, on any machine)', load: async () => (await import('./commands/worker.js')).workerCommand },
  { name: 'events', summary: 'list the merged events in the store, filtered (table, JSON Lines or CSV)', load: async () => (await import('./commands/events.js')).eventsCommand },
  { name: 'dyad', summary: 'time line of one pair of actors: events, Goldstein sum and mean, quad classes per period, both directions', load: async () => (await import('./commands/dyad.js')).dyadCommand },
  { name: 'actors', summary: 'the actors in the store, most active first', load: async () => (await import('./commands/actors.js')).actorsCommand },
  { name: 'search', summary: 'full-text search over the titles and bodies of stored articles', load: async () => (await import('./commands/search.js')).searchCommand },
  { name: 'export', summary: 'write the merged events as GDELT-style TSV, PLOVER JSON, CSV, JSON Lines or Parquet', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'serve', summary: 'the web explorer and HTTP API over the store (127.0.0.1 unless --host)', load: async () => (await import('./commands/serve.js')).serveCommand },
  { name: 'demo', summary: 'build a fresh store from the bundled sample corpus and serve the explorer over it', load: async () => (await import('./commands/demo.js')).demoCommand },
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'dyad: news documents in, sourced CAMEO/PLOVER events out',
    '',
    'usage: dyad COMMAND [options] INPUT...',
    '',
    'commands:',
    ...lines,
    '',
    'Run "dyad help COMMAND" (or "dyad COMMAND --help") for its options, their defaults and examples.',
    'Exit status: 0 success, 1 a document could not be processed, 2 bad usage.',
    '',
  ].join('\n');
}

/** The one place where errors become exit codes. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  // "dyad help events" is "dyad events --help".
  const [name, args] = first === 'help' && rest[0] !== undefined ? [rest[0], ['--help']] : [first, rest];
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(help());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`dyad ${dyadVersion()}\n`);
      return 0;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
      io.stderr.write(`dyad: unknown command "${name}"\n${help()}`);
      return 2;
    }
    const command = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(formatHelp(command, entry.summary));
      return 0;
    }
    return await run(command, args, io);
  } catch (err) {
    if (err instanceof OutputClosed) return 0;
    throw err;
  }
}

async function run(command: Command, args: string[], io: CliIO): Promise<number> {
  const name = command.name;
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof DyadError) {
      io.stderr.write(`dyad ${name}: ${err.message}\n`);
      return err.kind === 'usage' ? 2 : 1;
    }
    // parseArgs reports unknown options and missing values with these codes: that is bad usage.
    const code = (err as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`dyad ${name}: ${(err as Error).message}\nusage: ${command.usage}\n(dyad help ${name} lists the options)\n`);
      return 2;
    }
    throw err;
  }
}
