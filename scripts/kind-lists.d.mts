// Types of scripts/kind-lists.mjs, for the test that the generated kind lists are current.
export function kindListSources(kinds: readonly string[]): Array<[string, string]>;
export function kindNames(): Promise<string[]>;
export function writeKindLists(): Promise<string[]>;
