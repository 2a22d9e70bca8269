// Registers the schema quick fixes ("Change to 'x'", "Create component 'x' as a …") with the code-action handler.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { schemaFixes } from '../language/fixes/schema';
import { isRuleId } from '../language/rules/ids';
import { fixProviders, type FixProvider } from './codeActions';
import type { Feature } from './context';
import { toLspDiagnostic } from './convert';

export const schemaFixProvider: FixProvider = (analysis, diagnostic, uri) =>
  schemaFixes(analysis.model, diagnostic).map((fix): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(diagnostic, isRuleId)],
    ...(fix.isPreferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: fix.edits } },
  }));

export const schemaFixesFeature: Feature = {
  register() {
    if (!fixProviders.includes(schemaFixProvider)) fixProviders.push(schemaFixProvider);
  },
};
