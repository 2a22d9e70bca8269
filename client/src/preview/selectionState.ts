// What the preview's picker shows in each file (the whole design, a view or a flow), kept in the workspace state.
import type * as vscode from 'vscode';
import { z } from 'zod';
import type { DiagramChoice } from '../../../server/src/protocol/requests';
import { PerFileState } from './perFileState';

const KEY = 'sysd.preview.selection';

export const choiceSchema = z.object({ kind: z.enum(['view', 'flow']), id: z.string().min(1).max(400) });

export class SelectionState {
  private readonly files: PerFileState<DiagramChoice>;

  constructor(memento: vscode.Memento) {
    this.files = new PerFileState(memento, KEY, choiceSchema);
  }

  /** The view or flow chosen for `uri`; undefined: the whole design. */
  get(uri: string): DiagramChoice | undefined {
    return this.files.get(uri);
  }

  async set(uri: string, choice: DiagramChoice | undefined): Promise<void> {
    await this.files.put(uri, choice);
  }
}
