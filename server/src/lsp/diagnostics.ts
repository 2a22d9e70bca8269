// Publishes diagnostics on open and on every change: debounced per document (lsp/debounce.ts), newest version wins.
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { Feature, ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { DiagnosticsDebounce } from './debounce';
import { isRuleId } from '../language/rules/ids';

export const diagnosticsFeature: Feature = {
  register(context: ServerContext) {
    const { connection, documents, workspace, onDidChangeWatchedFiles, onInitialized } = context;
    // Read when each edit is scheduled: the options arrive with `initialize`, after the features register.
    const debounce = new DiagnosticsDebounce(() => context.options.diagnosticsDelayMs);

    const publish = async (uri: string) => {
      const document = documents.get(uri);
      if (!document) return;
      const version = document.version;
      const analysis = await workspace.settledAnalysis(uri);
      const took = workspace.analysisMs(uri);
      if (took !== undefined) debounce.analysed(uri, took);
      // A newer edit arrived while we worked: its own run will publish.
      if (!analysis || documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(d, isRuleId)) });
    };

    const schedule = (uri: string, delay?: number) => debounce.schedule(uri, () => void publish(uri), delay);

    const changed = (uri: string, delay?: number) => {
      for (const affected of workspace.invalidate(uri)) schedule(affected, delay);
    };

    documents.onDidOpen((event) => changed(event.document.uri, 0));
    documents.onDidChangeContent((event) => changed(event.document.uri));
    documents.onDidClose((event) => {
      debounce.forget(event.document.uri);
      workspace.forget(event.document.uri);
      // Importers fall back to the file on disk.
      for (const affected of workspace.invalidate(event.document.uri)) schedule(affected);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    onDidChangeWatchedFiles((params) => {
      for (const change of params.changes) if (change.uri.endsWith('.sysd')) changed(change.uri);
    });
    workspace.onConfigChanged(() => { for (const document of documents.all()) schedule(document.uri, 0); });
    // Editors other than VS Code (whose client watches these itself) learn here what to report.
    onInitialized(() => {
      const watchers = [{ globPattern: '**/*.sysd' }, { globPattern: '**/sysd.config.json' }];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    });
  },
};
