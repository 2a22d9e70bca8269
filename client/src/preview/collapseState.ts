// Which groups are collapsed in each file's preview, kept in the workspace so a reload shows the same picture.
import type * as vscode from 'vscode';
import { z } from 'zod';

const KEY = 'sysd.preview.collapsed';
/** Files remembered at most: the oldest choice is forgotten first. */
const KEPT = 200;

/** Per file: the groups drawn collapsed, and which of them an overview collapsed rather than the user. */
const entry = z.object({ collapsed: z.array(z.string()), overview: z.array(z.string()) });
type Entry = z.infer<typeof entry>;

export class CollapseState {
  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, Entry> {
    const stored = z.record(z.unknown()).safeParse(this.memento.get<unknown>(KEY));
    const all: Record<string, Entry> = {};
    // What an older or broken workspace state holds is dropped per file, not trusted.
    for (const [uri, value] of Object.entries(stored.success ? stored.data : {})) {
      const parsed = entry.safeParse(value);
      if (parsed.success) all[uri] = parsed.data;
    }
    return all;
  }

  /** The groups collapsed in `uri`, or undefined when nothing was chosen yet (the layout may open an overview). */
  get(uri: string): string[] | undefined {
    return this.all()[uri]?.collapsed;
  }

  private async put(uri: string, value: Entry): Promise<void> {
    const all = this.all();
    delete all[uri];
    all[uri] = { collapsed: [...new Set(value.collapsed)], overview: [...new Set(value.overview)] };
    const uris = Object.keys(all);
    for (const old of uris.slice(0, Math.max(0, uris.length - KEPT))) delete all[old];
    await this.memento.update(KEY, all);
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
