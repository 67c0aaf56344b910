import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared benchmarks live beside the repo (../shared); DYAD_SHARED overrides. */
export function sharedDir(): string {
  const fromEnv = process.env.DYAD_SHARED;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = join(repoRoot, '..', 'shared');
  if (!existsSync(dir)) throw new Error(`no shared directory at ${dir}; set DYAD_SHARED`);
  return dir;
}
