// A stand-in for the `vscode` module, just enough for the extension's activate() and the language client to run in node.

/** Anything not modelled below: callable, constructible, every property another stub; never a thenable. */
function loose(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function stub() { /* no-op */ };
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === Symbol.toPrimitive) return () => name;
      if (property === Symbol.iterator) return function* empty() { /* nothing */ };
      if (property === 'dispose') return () => undefined;
      if (!cache.has(property)) cache.set(property, loose(`${name}.${String(property)}`));
      return cache.get(property);
    },
    // The extension sets fields on what the API hands out (a status item's name, text, severity): keep them.
    set(_target, property, value: unknown) {
      cache.set(property, value);
      return true;
    },
    apply: () => loose(`${name}()`),
    construct: () => loose(`new ${name}`) as object,
  });
}

class Disposable {
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => { for (const item of items) item.dispose(); });
  }
  constructor(private readonly onDispose: () => unknown = () => undefined) {}
  dispose(): void { this.onDispose(); }
}

class EventEmitter<T> {
  private listeners: Array<(value: T) => unknown> = [];
  readonly event = (listener: (value: T) => unknown) => {
    this.listeners.push(listener);
    return new Disposable(() => { this.listeners = this.listeners.filter((l) => l !== listener); });
  };
  fire(value: T): void { for (const listener of this.listeners) listener(value); }
  dispose(): void { this.listeners = []; }
}

class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri { return new Uri('file', path); }
  static parse(text: string): Uri {
    const match = /^([a-z][a-z0-9+.-]*):\/\/[^/]*(.*)$/i.exec(text);
    return match ? new Uri(match[1], decodeURIComponent(match[2])) : new Uri('file', text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri { return new Uri(base.scheme, [base.path, ...parts].join('/')); }
  get fsPath(): string { return this.path; }
  with(change: { scheme?: string; path?: string }): Uri { return new Uri(change.scheme ?? this.scheme, change.path ?? this.path); }
  toString(): string { return `${this.scheme}://${this.path}`; }
  toJSON(): string { return this.toString(); }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c as number, d as number) : (b as Position);
  }
}

class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void { this.token.isCancellationRequested = true; this.emitter.fire(); }
  dispose(): void { this.emitter.dispose(); }
}

const noEvent = () => new Disposable();

/** A namespace with the members modelled here and a loose stub for every other. */
function namespace(name: string, members: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(members, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      target[property] ??= loose(`vscode.${name}.${property}`);
      return target[property];
    },
  });
}

/** Messages the client would show the user: printed, so a failing start says why. */
const show = (level: string) => async (message: string) => { process.stderr.write(`[vscode ${level}] ${message}\n`); return undefined; };
const configuration = { get: <T>(_key: string, fallback?: T) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined };

/**
 * The module object `require('vscode')` returns. `onProvider` is called when the language client registers its
 * first language feature (hover, completion, …): it does that once the server has answered `initialize`.
 */
export function vscodeStub(onProvider: () => void = () => undefined): Record<string, unknown> {
  const languages = new Proxy({} as Record<string, unknown>, {
    get(cache, property) {
      if (typeof property !== 'string') return undefined;
      if (property === 'match') return () => 10;
      if (property.startsWith('register')) return () => { onProvider(); return new Disposable(); };
      cache[property] ??= loose(`vscode.languages.${property}`);
      return cache[property];
    },
  });
  const api: Record<string, unknown> = {
    languages,
    version: '1.96.0',
    Disposable, EventEmitter, Uri, Position, Range, CancellationTokenSource,
    CancellationError: class CancellationError extends Error {},
    // Enums are read at activation (the language status item's severity): esbuild copies the module's own keys.
    LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
    workspace: namespace('workspace', {
      workspaceFolders: undefined, textDocuments: [], notebookDocuments: [],
      getConfiguration: () => configuration,
      createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose: () => undefined }),
      onDidChangeConfiguration: noEvent, onDidOpenTextDocument: noEvent, onDidCloseTextDocument: noEvent, onDidChangeTextDocument: noEvent,
      onDidSaveTextDocument: noEvent, onWillSaveTextDocument: noEvent, onDidChangeWorkspaceFolders: noEvent,
      onDidOpenNotebookDocument: noEvent, onDidCloseNotebookDocument: noEvent, onDidChangeNotebookDocument: noEvent, onDidSaveNotebookDocument: noEvent,
      registerTextDocumentContentProvider: () => new Disposable(),
    }),
    window: namespace('window', {
      showErrorMessage: show('error'), showWarningMessage: show('warning'), showInformationMessage: show('info'),
      activeTextEditor: undefined, visibleTextEditors: [], activeColorTheme: { kind: 1 },
      tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
      onDidChangeActiveTextEditor: noEvent, onDidChangeVisibleTextEditors: noEvent, onDidChangeTextEditorSelection: noEvent,
      createOutputChannel: (name: string) => loose(`outputChannel(${name})`),
      registerWebviewPanelSerializer: () => new Disposable(),
    }),
    commands: namespace('commands', { registerCommand: () => new Disposable(), executeCommand: async () => undefined }),
    tasks: namespace('tasks', { registerTaskProvider: () => new Disposable() }),
    env: namespace('env', { appName: 'bench', language: 'en', machineId: 'bench', sessionId: 'bench', uiKind: 1 }),
  };
  return new Proxy(api, {
    get(target, property) {
      if (property in target) return target[property as string];
      if (typeof property === 'string' && !(property in target)) target[property] = loose(`vscode.${property}`);
      return target[property as string];
    },
  });
}
