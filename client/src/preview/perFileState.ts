// A preview choice kept per file in the workspace state (collapsed groups, the picker's view or flow), checked when read back.
import type * as vscode from 'vscode';
import { z } from 'zod';

/** Files remembered at most: the oldest choice is forgotten first. */
const KEPT = 200;

export class PerFileState<T> {
  constructor(private readonly memento: vscode.Memento, private readonly key: string, private readonly schema: z.ZodType<T>) {}

  all(): Record<string, T> {
    const stored = z.record(z.unknown()).safeParse(this.memento.get<unknown>(this.key));
    const all: Record<string, T> = {};
    // What an older or broken workspace state holds is dropped per file, not trusted.
    for (const [uri, value] of Object.entries(stored.success ? stored.data : {})) {
      const parsed = this.schema.safeParse(value);
      if (parsed.success) all[uri] = parsed.data;
    }
    return all;
  }

  get(uri: string): T | undefined {
    return this.all()[uri];
  }

  /** Keeps `value` for `uri` as the newest choice; undefined forgets the file's choice. */
  async put(uri: string, value: T | undefined): Promise<void> {
    const all = this.all();
    delete all[uri];
    if (value !== undefined) all[uri] = value;
    const uris = Object.keys(all);
    for (const old of uris.slice(0, Math.max(0, uris.length - KEPT))) delete all[old];
    await this.memento.update(this.key, all);
  }
}
