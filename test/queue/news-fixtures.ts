import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAIRS = [
  ['Russian President Vladimir Putin', 'Chinese President Xi Jinping', 'Moscow'],
  ['French President Emmanuel Macron', 'German Chancellor Olaf Scholz', 'Paris'],
  ['Indian Prime Minister Narendra Modi', 'Japanese Prime Minister Fumio Kishida', 'New Delhi'],
  ['Turkish President Recep Tayyip Erdogan', 'Ukrainian President Volodymyr Zelensky', 'Istanbul'],
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

/**
 * Writes `count` short, distinct news stories (dated, with two leaders meeting and one criticizing
 * another) into `dir`, one file each, and returns their paths. Written here so the tests need no
 * corpus from outside the repository.
 */
export function writeNewsStories(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b, city] = PAIRS[i % PAIRS.length] as (typeof PAIRS)[number];
    const month = MONTHS[Math.floor(i / PAIRS.length) % MONTHS.length] as string;
    const day = 1 + (i % 27);
    const text = [
      `Leaders meet in ${city} (story ${i})`,
      '',
      `${city}, ${month} ${day}, 2023 - ${a} met ${b} in ${city} on ${month} ${day}, 2023, officials said.`,
      '',
      `${a} praised the talks. ${b} criticized the sanctions imposed by the European Union.`,
      '',
      `Story number ${i} was filed from ${city}.`,
      '',
    ].join('\n');
    const path = join(dir, `story-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
