import type { Command } from './io.js';

/** `dyad help COMMAND` and `dyad COMMAND --help`: usage, what it does, every option with its default, examples. */
export function formatHelp(command: Command, summary: string): string {
  const rows = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.arg ? ` ${o.arg}` : ''}`;
    const shown = Array.isArray(o.default) ? undefined : o.default;
    const fallback = shown === undefined || shown === false ? '' : ` (default: ${String(shown)})`;
    return [flag, `${o.help}${o.multiple ? '; may be repeated' : ''}${fallback}`] as const;
  });
  const width = Math.max(0, ...rows.map(([flag]) => flag.length));
  return [
    `usage: ${command.usage}`,
    '',
    summary,
    ...(rows.length > 0 ? ['', 'options:', ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`)] : []),
    ...(command.examples.length > 0 ? ['', 'examples:', ...command.examples.map((e) => `  ${e}`)] : []),
    '',
  ].join('\n');
}
