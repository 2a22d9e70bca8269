// Code actions: quick fixes for every diagnostic from the registered fix providers, and "fix all" for sysd.
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyze, type Analysis } from '../language/analysis';
import type { Diagnostic } from '../language/diagnostics';
import { fixAllText, ruleFixes, type Fix } from '../language/fixes/rules';
import { endOf } from '../language/fixes/rulesEdits';
import { isRuleId } from '../language/rules/ids';
import { WHAT_IF_FAILS, WHAT_IF_TITLE } from '../language/impact';
import type { Feature } from './context';
import { checkParams, checkpoint, throwIfCancelled } from './requests';
import { toLspDiagnostic } from './convert';

/** Turns a core diagnostic of the analysis into code actions; other features push theirs (schema fixes) here. */
export type FixProvider = (analysis: Analysis, diagnostic: Diagnostic, uri: string) => CodeAction[];

export const FIX_ALL_KIND = 'source.fixAll.sysd';

/** An LSP code action from a core fix, tied to the diagnostic it resolves. */
export function toCodeAction(fix: Fix, diagnostic: Diagnostic, uri: string): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(diagnostic, isRuleId)],
    ...(fix.isPreferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: fix.edits } },
  };
}

const ruleFixProvider: FixProvider = (analysis, diagnostic, uri) =>
  ruleFixes(analysis.model, diagnostic).map((fix) => toCodeAction(fix, diagnostic, uri));

export const fixProviders: FixProvider[] = [ruleFixProvider];

const sameRange = (a: LspDiagnostic['range'], b: Diagnostic['range']) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Whether the client asked for this kind (`only` lists kinds or their parents, e.g. `source`). */
function requested(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register({ connection, documents, workspace }) {
    connection.onCodeAction(async (params: CodeActionParams, token): Promise<CodeAction[]> => {
      checkParams(params, 'range');
      const uri = params.textDocument.uri;
      const analysis = workspace.analysis(uri);
      const document = documents.get(uri);
      if (!analysis || !document) return [];
      const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
      const actions: CodeAction[] = [];
      if (requested(CodeActionKind.QuickFix, only)) {
        for (const sent of Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []) {
          if (!sent?.range?.start || !sent.range.end) continue;
          // The client echoes LSP diagnostics; find the core one by code and range, and by subject when it names one.
          const subject: unknown = sent.data?.subject;
          const diagnostic = analysis.diagnostics.find((d) => d.code === sent.code && sameRange(sent.range, d.range) &&
            (typeof subject !== 'string' || d.subject === subject));
          if (!diagnostic) continue;
          for (const provider of fixProviders) actions.push(...provider(analysis, diagnostic, uri));
        }
      }
      // Fix-all is a source action: offered only when asked for, as on save (`editor.codeActionsOnSave`).
      if (only && requested(FIX_ALL_KIND, only)) {
        // Fix-all re-analyses the text after each round of fixes: the longest work a code action does.
        await checkpoint(token);
        const text = document.getText();
        const host = workspace.scratchHost();
        const fixed = fixAllText(text, (next) => {
          throwIfCancelled(token);
          return analyze(uri, { ...host, read: (u) => (u === uri ? next : host.read(u)) }, workspace.configFor(uri));
        });
        if (fixed !== text) {
          actions.push({
            title: 'Fix all auto-fixable sysd problems', kind: FIX_ALL_KIND,
            edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: endOf(text) }, newText: fixed }] } },
          });
        }
      }
      // "What if this fails?" only when asked for by hand (Ctrl+.): as an automatic action it would put a light bulb on
      // every component. It carries no kind, so VS Code lists it under "More Actions".
      if (!only && params.context?.triggerKind === CodeActionTriggerKind.Invoked) {
        const element = analysis.elementAt(params.range.start);
        if (element) actions.push({ title: `${WHAT_IF_TITLE} (${element.id})`, command: { title: WHAT_IF_TITLE, command: WHAT_IF_FAILS, arguments: [element.id, uri] } });
      }
      return actions;
    });
  },
};
