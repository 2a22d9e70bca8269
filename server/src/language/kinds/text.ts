// Joins hover lines; keeping one line per array item keeps the descriptors' text readable and diffable.
export function md(...lines: string[]): string {
  return lines.join('\n');
}
