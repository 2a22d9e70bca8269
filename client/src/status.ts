// The sysd language status item: whether the server runs, the active design's errors and warnings, a link to the output.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';

const STATE_TEXT: Record<State, string> = {
  [State.Running]: 'sysd: running',
  [State.Starting]: '$(sync~spin) sysd: starting',
  [State.Stopped]: '$(error) sysd: stopped',
  [State.StartFailed]: '$(error) sysd: failed to start',
};

/** "2 errors, 1 warning" for the server's diagnostics of one file. */
export function findingsText(diagnostics: readonly vscode.Diagnostic[]): string {
  const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count(vscode.DiagnosticSeverity.Error), 'error')}, ${plural(count(vscode.DiagnosticSeverity.Warning), 'warning')}`;
}

export function registerLanguageStatus(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  const item = vscode.languages.createLanguageStatusItem('sysd.status', { language: 'sysd' });
  item.name = 'sysd';
  item.command = { title: 'Show Output', command: 'sysd.showOutput', tooltip: 'Show the sysd language server output' };

  const update = () => {
    item.text = STATE_TEXT[client.state];
    item.severity = client.state === State.Stopped || client.state === State.StartFailed ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    item.busy = client.state === State.Starting;
    const document = vscode.window.activeTextEditor?.document;
    item.detail = document?.languageId === 'sysd'
      ? findingsText(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'sysd'))
      : undefined;
  };
  update();
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand('sysd.showOutput', () => output.show(true)),
    client.onDidChangeState(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
  );
}
