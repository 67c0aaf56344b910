/**
 * One `dyad worker` for the queue benchmarks, run as its own process; prints its CPU time (all its
 * threads) as the last line, "cpu <seconds>", so that the benchmark can add up the workers'.
 *   node --import tsx bench/queue-worker.ts WORKER-OPTIONS...
 */
import { runCli } from '../src/cli/run-cli.js';

const code = await runCli(['worker', ...process.argv.slice(2)], { stdout: process.stdout, stderr: process.stderr });
const cpu = process.cpuUsage();
process.stdout.write(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)}\n`);
process.exitCode = code;
