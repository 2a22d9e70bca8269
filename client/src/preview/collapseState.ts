// Which groups are collapsed in each file's preview, kept in the workspace so a reload shows the same picture.
import type * as vscode from 'vscode';
import { z } from 'zod';
import { PerFileState } from './perFileState';

const KEY = 'sysd.preview.collapsed';

/** Per file: the groups drawn collapsed, and which of them an overview collapsed rather than the user. */
const entry = z.object({ collapsed: z.array(z.string()), overview: z.array(z.string()) });
type Entry = z.infer<typeof entry>;

export class CollapseState {
  private readonly files: PerFileState<Entry>;

  constructor(memento: vscode.Memento) {
    this.files = new PerFileState(memento, KEY, entry);
  }

  private all(): Record<string, Entry> {
    return this.files.all();
  }

  /** The groups collapsed in `uri`, or undefined when nothing was chosen yet (the layout may open an overview). */
  get(uri: string): string[] | undefined {
    return this.files.get(uri)?.collapsed;
  }

  private async put(uri: string, value: Entry): Promise<void> {
    await this.files.put(uri, { collapsed: [...new Set(value.collapsed)], overview: [...new Set(value.overview)] });
  }

  async expandAll(uri: string): Promise<void> {
    await this.put(uri, { collapsed: [], overview: [] });
  }

  /**
   * Flips `id`. `shown` is what is drawn now, `overview` whether an overview collapsed it (before any choice).
   * Expanding a group an overview collapsed opens one level, as a C4 zoom level does: the groups directly inside it
   * (`inner`) come up collapsed in their turn. A group the user collapsed expands to what was inside as it was left.
   */
  async toggle(uri: string, id: string, shown: { collapsed: readonly string[]; overview: boolean }, inner: readonly string[]): Promise<void> {
    const now = this.all()[uri] ?? { collapsed: [...shown.collapsed], overview: shown.overview ? [...shown.collapsed] : [] };
    if (!now.collapsed.includes(id)) {
      await this.put(uri, { collapsed: [...now.collapsed, id], overview: now.overview.filter((g) => g !== id) });
      return;
    }
    const drill = now.overview.includes(id) ? inner : [];
    await this.put(uri, {
      collapsed: [...now.collapsed.filter((g) => g !== id), ...drill],
      overview: [...now.overview.filter((g) => g !== id), ...drill],
    });
  }
}
