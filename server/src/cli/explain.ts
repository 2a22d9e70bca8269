// `sysd explain RULE`: prints the rule's documentation page (the same text as docs/rules/<id>.md).
import { closest } from '../language/suggest';
import { parseFlags } from './args';
import { ruleInfos } from './catalog';
import { EXIT_OK, EXIT_USAGE, UsageError, type CommandResult, type Io } from './io';

export const EXPLAIN_HELP = `Usage: sysd explain RULE

Prints the documentation of a best-practice rule: when it fires, why it matters (from
the system-design guide), how to fix it, and an example that fires and one that passes.
'sysd rules' lists the rule ids.

Options:
  -h, --help   show this help
`;

const FLAGS = { help: { type: 'boolean', short: 'h' } } as const;

export async function runExplain(args: string[], io: Io): Promise<CommandResult> {
  const { flags, positionals } = parseFlags(args, FLAGS, 1);
  if (flags.help) {
    io.out(EXPLAIN_HELP);
    return { exitCode: EXIT_OK };
  }
  const id = positionals[0];
  if (id === undefined) throw new UsageError("missing the RULE to explain. 'sysd rules' lists them.");
  const explained = explainRule(id);
  if (!explained.ok) {
    io.err(`sysd explain: ${explained.message}\n`);
    return { exitCode: EXIT_USAGE };
  }
  io.out(explained.docs);
  return { exitCode: EXIT_OK };
}

/** A rule's documentation page, or why there is none (with the closest rule id). Shared by `sysd explain` and `sysd mcp`. */
export function explainRule(id: string): { ok: true; docs: string } | { ok: false; message: string } {
  const rules = ruleInfos();
  const rule = rules.find((candidate) => candidate.id === id);
  if (!rule?.docs) {
    const suggestion = closest(id, rules.map((r) => r.id));
    return { ok: false, message: `unknown rule '${id}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} 'sysd rules' lists them.` };
  }
  return { ok: true, docs: rule.docs.endsWith('\n') ? rule.docs : `${rule.docs}\n` };
}
