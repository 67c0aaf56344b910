import { DyadError } from '../errors.js';
import { codeCommand } from './commands/code.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { eventsCommand } from './commands/events.js';
import { dyadCommand } from './commands/dyad.js';
import { actorsCommand } from './commands/actors.js';
import { searchCommand } from './commands/search.js';
import { exportCommand } from './commands/export.js';
import { serveCommand } from './commands/serve.js';
import { demoCommand } from './commands/demo.js';
import type { CliIO, Command } from './io.js';

const COMMANDS: Command[] = [extractCommand, codeCommand, ingestCommand, eventsCommand, dyadCommand, actorsCommand, searchCommand, exportCommand, serveCommand, demoCommand];

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
    'Run "dyad COMMAND --help" for the options of one command.',
    'Exit status: 0 success, 1 a document could not be processed, 2 bad usage.',
    '',
  ].join('\n');
}

/** The one place where errors become exit codes. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout.write('dyad 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`dyad: unknown command "${name}"\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
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
      io.stderr.write(`dyad ${name}: ${(err as Error).message}\nusage: ${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}
