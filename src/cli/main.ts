#!/usr/bin/env node
import { runCli } from './run-cli.js';
import { writeStdout } from './write-stdout.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: writeStdout },
  stderr: process.stderr,
});
