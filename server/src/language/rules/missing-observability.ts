// Rule missing-observability: a design with services to run and no monitoring to see them with.
import { pastTrailingComments } from '../fixes/rulesEdits';
import type { Statement } from '../ast';
import { designSubject } from '../subjects';
import { defineRule } from './define';
import { listOf, ofKind } from './graph';

/** The component the quick fix adds: every signal the guide asks for. */
const MONITORING = 'monitoring observability "Metrics, logs and alerts" { signals: [metrics, logs, traces, alerts] }';

export const rule = defineRule({
  meta: {
    id: 'missing-observability',
    category: 'reliability',
    severity: 'info',
    description: 'The design has services, workers or gateways and no `monitoring` component.',
    fix: 'add `monitoring observability "Metrics, logs and alerts" { signals: [metrics, logs, traces, alerts] }`',
    escalates: true,
    structural: true,
  },
  quickFix({ model, diagnostic }) {
    const file = model.files.get(diagnostic.uri);
    const last: Statement | undefined = file?.statements[file.statements.length - 1];
    if (!file || !last || model.elements.has('observability')) return undefined;
    // At the end of the file (past a comment closing its last line), a blank line apart: it belongs to no group and
    // watches all of them.
    const end = pastTrailingComments(file, last.range.end);
    return {
      title: "Add monitoring 'observability'", isPreferred: true, automatic: true,
      edits: [{ range: { start: end, end }, newText: `\n\n${MONITORING}` }],
    };
  },
  check({ model, explain }) {
    // An absence is only proven in a file that parses: recovery from a syntax error may have dropped the monitoring.
    if ((model.files.get(model.rootUri)?.errors.length ?? 0) > 0) return [];
    const operated = ofKind(model, 'service', 'worker', 'gateway');
    if (operated.length === 0 || ofKind(model, 'monitoring').length > 0) return [];
    const counts = (['gateway', 'service', 'worker'] as const)
      .map((kind) => [kind, operated.filter((c) => c.kind === kind).length] as const)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`);
    return [{
      subject: designSubject(model),
      message: explain(
        `The design runs ${listOf(counts)} but has no \`monitoring\` component.`,
        'Add one with metrics, logs, traces and alerts (e.g. `monitoring observability "Metrics, logs and alerts" { signals: [metrics, logs, traces, alerts] }`).'),
    }];
  },
});
