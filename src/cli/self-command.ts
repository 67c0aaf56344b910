import { existsSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { packageRoot } from '../package-root.js';

/** How to run dyad again from this shell: "dyad" when it is on the PATH (npm link, npm install -g), else through node. */
export function selfCommand(): string {
  const onPath = (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'dyad')));
  if (onPath) return 'dyad';
  const main = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const rel = relative(process.cwd(), main);
  return `node ${rel.startsWith('..') ? main : rel}`;
}
