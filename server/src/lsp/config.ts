// Each design's configuration in the server: the nearest sysd.config.json upward from the file (as `sysd check` finds
// it) plus the sysd.rules setting of the file's workspace folder (the setting wins).
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, mergeConfig, nearestConfig, settingProblems, type NearestConfig } from '../language/config';
import { DEFAULT_CONFIG, type SysdConfig } from '../language/schema';
import type { Feature } from './context';
import { toLspDiagnostic } from './convert';

/** The workspace folder holding `uri` (the innermost one, for nested folders), or undefined outside every folder. */
export function folderOf(uri: string, folders: readonly string[]): string | undefined {
  return folders.filter((folder) => uri.startsWith(slashed(folder))).sort((a, b) => b.length - a.length)[0];
}

const slashed = (folder: string) => (folder.endsWith('/') ? folder : `${folder}/`);
/** A URI with a path of folders to search upward from (not `untitled:Untitled-1`). */
const hasFolder = (uri: string) => /^[a-z][\w+.-]*:\/\//i.test(uri);

/** The setting scope for files outside every folder (user and workspace settings, no folder ones). */
const NO_FOLDER = '';

export const configFeature: Feature = {
  // Folders added to or removed from the workspace later get (or lose) their own settings.
  capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
  register({ connection, workspace, files, workspaceFolders, onDidChangeWatchedFiles, onInitialized }) {
    /** The config found for each design folder (a URI ending in `/`), read once until a sysd.config.json changes. */
    const nearest = new Map<string, NearestConfig>();
    /** `sysd.rules` per workspace folder (resource scope: each folder may set its own). */
    const settingRules = new Map<string, unknown>();
    /** Config files whose diagnostics are published, so fixing one clears them. */
    const reported = new Set<string>();

    // Read through the server's files: the disk on the desktop, the client in the browser (a file on its way comes
    // back through onDidArrive below, and the folders are looked up again).
    const configFile = (dir: string): NearestConfig => {
      let loaded = nearest.get(dir);
      if (loaded) return loaded;
      loaded = nearestConfig(dir, (uri) => files.read(uri));
      nearest.set(dir, loaded);
      if (loaded.uri) {
        const { uri } = loaded;
        // Only publish (or clear) when there is something to say, so a missing or clean file costs nothing.
        if (loaded.diagnostics.length > 0 || reported.has(uri)) {
          void connection.sendDiagnostics({ uri, diagnostics: loaded.diagnostics.map((d) => toLspDiagnostic(d)) });
          if (loaded.diagnostics.length > 0) reported.add(uri);
          else reported.delete(uri);
        }
      }
      return loaded;
    };

    const configOf = (uri: string): SysdConfig => {
      // A design with no folder of its own (untitled) gets the first workspace folder's file.
      const folder = hasFolder(uri) ? new URL('.', uri).href : workspaceFolders[0] && slashed(workspaceFolders[0]);
      const file = folder ? configFile(folder).config : DEFAULT_CONFIG;
      return mergeConfig(file, settingRules.get(folderOf(uri, workspaceFolders) ?? NO_FOLDER));
    };

    /** Asks the client for `sysd` of every folder (scopeUri) and of no folder, in one workspace/configuration request. */
    const readSettings = async () => {
      const scopes = [NO_FOLDER, ...workspaceFolders];
      try {
        const sections = (await connection.workspace.getConfiguration(scopes.map((scope) => (scope ? { scopeUri: scope, section: 'sysd' } : { section: 'sysd' })))) as Array<{ rules?: unknown } | null>;
        scopes.forEach((scope, i) => settingRules.set(scope, sections[i]?.rules));
      } catch {
        // The client cannot answer workspace/configuration: keep what didChangeConfiguration pushed.
      }
    };

    // A bad setting has no file to carry a diagnostic: say so once, until it changes.
    let shownProblems = '';
    const apply = () => {
      const problems = [...new Set([...settingRules.values()].flatMap((rules) => settingProblems(rules)))].join(' ');
      if (problems && problems !== shownProblems) {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `sysd: ${problems} These entries are ignored.` });
      }
      shownProblems = problems;
      workspace.configChanged();
    };

    workspace.setConfigSource(configOf);
    onInitialized(() => {
      // Settings may be pushed (didChangeConfiguration) or asked for; until the answer comes, the files alone apply.
      for (const folder of workspaceFolders) configFile(slashed(folder));
      apply();
      void readSettings().then(apply);
      try {
        connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
          for (const folder of removed) {
            const at = workspaceFolders.indexOf(folder.uri);
            if (at >= 0) workspaceFolders.splice(at, 1);
            settingRules.delete(folder.uri);
          }
          for (const folder of added) if (!workspaceFolders.includes(folder.uri)) workspaceFolders.push(folder.uri);
          void readSettings().then(apply);
        });
      } catch {
        // The client has no workspace folders (its capabilities say so): there is nothing to follow.
      }
    });
    connection.onDidChangeConfiguration((params) => {
      // A pushed value has no scope: it applies to every folder until the per-folder answer replaces it.
      const pushed = (params.settings as { sysd?: { rules?: unknown } } | null)?.sysd;
      if (pushed && 'rules' in pushed) for (const scope of [NO_FOLDER, ...workspaceFolders]) settingRules.set(scope, pushed.rules);
      void readSettings().then(apply);
    });
    const lookAgain = () => {
      // A config file appeared, changed or went: which file is nearest may have changed for any folder.
      const dirs = [...nearest.keys()];
      nearest.clear();
      for (const dir of dirs) configFile(dir);
      // A file no folder reads any more (deleted, or a nearer one appeared) keeps no stale problems.
      const read = new Set([...nearest.values()].flatMap((loaded) => (loaded.uri ? [loaded.uri] : [])));
      for (const uri of [...reported].filter((u) => !read.has(u))) {
        void connection.sendDiagnostics({ uri, diagnostics: [] });
        reported.delete(uri);
      }
      apply();
    };
    const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE_NAME}`);
    onDidChangeWatchedFiles((params) => {
      const changed = params.changes.filter((change) => isConfig(change.uri));
      if (changed.length === 0) return;
      for (const change of changed) files.changed(change.uri);
      lookAgain();
    });
    files.onDidArrive((uri) => {
      if (isConfig(uri)) lookAgain();
    });
  },
};
