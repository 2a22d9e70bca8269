// The effective configuration in the server: sysd.config.json at the workspace root plus the sysd.rules setting (the setting wins).
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, mergeConfig, parseConfigFile, settingProblems } from '../language/config';
import { DEFAULT_CONFIG, type SysdConfig } from '../language/schema';
import type { Feature } from './context';
import { toLspDiagnostic } from './convert';

/** The config file of a workspace folder. With several folders, the first one's file applies to all. */
export function configFileUri(folder: string): string {
  return new URL(CONFIG_FILE_NAME, folder.endsWith('/') ? folder : `${folder}/`).href;
}

export const configFeature: Feature = {
  register({ connection, workspace, files, workspaceFolders, onDidChangeWatchedFiles, onInitialized }) {
    let fromFile: SysdConfig = DEFAULT_CONFIG;
    let settingRules: unknown;
    let reported = false;

    const fileUri = () => (workspaceFolders[0] ? configFileUri(workspaceFolders[0]) : undefined);

    const readFile = async () => {
      const uri = fileUri();
      if (!uri) return;
      files.changed(uri);
      const text = await files.load(uri);
      const parsed = text === undefined ? { config: DEFAULT_CONFIG, diagnostics: [] } : parseConfigFile(text, uri);
      fromFile = parsed.config;
      // Only publish (or clear) when there is something to say, so a missing file costs nothing.
      if (parsed.diagnostics.length > 0 || reported) {
        void connection.sendDiagnostics({ uri, diagnostics: parsed.diagnostics.map((d) => toLspDiagnostic(d)) });
        reported = parsed.diagnostics.length > 0;
      }
    };

    const readSetting = async () => {
      try {
        const section = (await connection.workspace.getConfiguration('sysd')) as { rules?: unknown } | null;
        settingRules = section?.rules;
      } catch {
        // The client cannot answer workspace/configuration: keep what didChangeConfiguration pushed.
      }
    };

    // A bad setting has no file to carry a diagnostic: say so once, until it changes.
    let shownProblems = '';
    const apply = () => {
      const problems = settingProblems(settingRules).join(' ');
      if (problems && problems !== shownProblems) {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `sysd: ${problems} These entries are ignored.` });
      }
      shownProblems = problems;
      workspace.setConfig(mergeConfig(fromFile, settingRules));
    };

    onInitialized(() => {
      void readFile().then(apply).then(readSetting).then(apply);
    });
    connection.onDidChangeConfiguration((params) => {
      const pushed = (params.settings as { sysd?: { rules?: unknown } } | null)?.sysd;
      if (pushed && 'rules' in pushed) settingRules = pushed.rules;
      void readSetting().then(apply);
    });
    onDidChangeWatchedFiles((params) => {
      const uri = fileUri();
      if (!uri || !params.changes.some((change) => files.sameFile(change.uri, uri))) return;
      void readFile().then(apply);
    });
  },
};
