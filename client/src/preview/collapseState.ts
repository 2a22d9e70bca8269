// Which groups the user collapsed in each file's preview, kept in the workspace so a reload shows the same picture.
import type * as vscode from 'vscode';

const KEY = 'sysd.preview.collapsed';
/** Files remembered at most: the oldest choice is forgotten first. */
const KEPT = 200;

export class CollapseState {
  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, string[]> {
    const stored = this.memento.get<unknown>(KEY);
    return stored && typeof stored === 'object' ? stored as Record<string, string[]> : {};
  }

  /** The groups collapsed in `uri`, or undefined when the user has not chosen (the layout may open an overview). */
  get(uri: string): string[] | undefined {
    const list = this.all()[uri];
    return Array.isArray(list) ? list.filter((id) => typeof id === 'string') : undefined;
  }

  async set(uri: string, collapsed: readonly string[]): Promise<void> {
    const all = this.all();
    delete all[uri];
    all[uri] = [...new Set(collapsed)];
    const uris = Object.keys(all);
    for (const old of uris.slice(0, Math.max(0, uris.length - KEPT))) delete all[old];
    await this.memento.update(KEY, all);
  }

  /** `shown` is what is drawn now (the overview's groups when the user had not chosen): `id` flips from there. */
  async toggle(uri: string, id: string, shown: readonly string[]): Promise<void> {
    const now = this.get(uri) ?? [...shown];
    await this.set(uri, now.includes(id) ? now.filter((g) => g !== id) : [...now, id]);
  }
}
