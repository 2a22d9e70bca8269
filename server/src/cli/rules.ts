// `sysd rules`: every best-practice rule with its category and default severity, from the rules registry.
import { parseFlags } from './args';
import { ruleInfos } from './catalog';
import { EXIT_OK, type CommandResult, type Io } from './io';

export const RULES_HELP = `Usage: sysd rules [--format text|json]

Lists every best-practice rule: id, category, default severity, whether a quick fix
exists, and what it checks. 'sysd explain RULE' prints a rule's documentation.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help
`;

const FLAGS = {
  format: { type: 'string', short: 'f', choices: ['text', 'json'] },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runRules(args: string[], io: Io): Promise<CommandResult> {
  const { flags } = parseFlags(args, FLAGS, 0);
  if (flags.help) {
    io.out(RULES_HELP);
    return { exitCode: EXIT_OK };
  }
  const rules = ruleInfos();
  if (flags.format === 'json') {
    const json = rules.map(({ id, category, severity, fixable, description }) => ({ id, category, severity, fixable, description }));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return { exitCode: EXIT_OK };
  }
  const rows = rules.map((r) => [r.id, r.category, r.severity, r.fixable ? 'yes' : '', r.description]);
  const header = ['RULE', 'CATEGORY', 'SEVERITY', 'FIX', 'CHECKS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  io.out(`${[header, ...rows].map(line).join('\n')}\n\n${rules.length} rules. 'sysd explain RULE' shows why and how to fix.\n`);
  return { exitCode: EXIT_OK };
}
