// The `sysd` task type: "sysd: check" per workspace folder, the bundled CLI run by the extension host's node, findings to Problems.
import * as vscode from 'vscode';

export const TASK_TYPE = 'sysd';
export const PROBLEM_MATCHER = '$sysd';

interface SysdTaskDefinition extends vscode.TaskDefinition {
  command: 'check';
  args?: string[];
}

function isSysdTask(definition: vscode.TaskDefinition): definition is SysdTaskDefinition {
  return definition.type === TASK_TYPE && definition.command === 'check'
    && (definition.args === undefined || (Array.isArray(definition.args) && definition.args.every((a: unknown) => typeof a === 'string')));
}

/**
 * The task for a definition. The CLI runs with the editor's own node (Electron as node), so nothing needs
 * installing; `--no-color` because a task's terminal is a TTY and the matcher reads plain lines.
 */
function checkTask(context: vscode.ExtensionContext, definition: SysdTaskDefinition, scope: vscode.WorkspaceFolder): vscode.Task {
  // `sysd check` alone (dist/cli/sysd-check.cjs): the same code and output as `sysd check`, without the renderer.
  const cli = context.asAbsolutePath('dist/cli/sysd-check.cjs');
  const execution = new vscode.ProcessExecution(process.execPath, [cli, '--no-color', ...(definition.args ?? [])], {
    cwd: scope.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  const task = new vscode.Task(definition, scope, definition.command, 'sysd', execution, PROBLEM_MATCHER);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
  return task;
}

export function registerTasks(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => checkTask(context, { type: TASK_TYPE, command: 'check' }, folder)),
    resolveTask: (task) => {
      const scope = task.scope;
      if (!isSysdTask(task.definition) || typeof scope !== 'object' || scope.uri.scheme !== 'file') return undefined;
      // The definition object must be the one from tasks.json, or VS Code treats the result as another task.
      return checkTask(context, task.definition, scope);
    },
  }));
}
