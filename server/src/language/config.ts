// sysd.config.json and the sysd.rules setting: parsing with exact error positions, the nearest file's lookup, merging the two.
// The ESM build: the UMD one loads its parts with dynamic requires that bundling cannot follow.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Range } from './ast';
import { severityOf } from './codes';
import type { Diagnostic } from './diagnostics';
import { RULE_IDS } from './rules/ids';
import { ConfigSchema, DEFAULT_CONFIG, RuleSeveritySchema, type RuleSeverity, type SysdConfig } from './schema';
import { closest } from './suggest';
import { positionAt } from './textPositions';

export const CONFIG_FILE_NAME = 'sysd.config.json';

/** Codes besides rule ids that `rules` may set a severity for: the problems with `@allow` annotations. */
export const CONFIGURABLE_CODES: readonly string[] = [...RULE_IDS, 'unknown-rule', 'unused-allow', 'allow-without-reason'];

function rangeAt(text: string, offset: number, length: number): Range {
  return { start: positionAt(text, offset), end: positionAt(text, offset + Math.max(length, 1)) };
}

/** The node to point at for a JSON path: the key of the property when there is one, else the value. */
function keyNode(tree: Node, path: Array<string | number>): Node {
  const node = findNodeAtLocation(tree, path) ?? tree;
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[1] === node ? parent.children[0] : node;
}

const where = (path: Array<string | number>) => (path.length === 0 ? 'the file' : `'${path.join('.')}'`);

/** Parses the text of a sysd.config.json; a broken file yields one diagnostic at the offending spot, and the defaults. */
export function parseConfigFile(text: string, uri: string): { config: SysdConfig; diagnostics: Diagnostic[] } {
  const fail = (offset: number, length: number, message: string) => ({
    config: DEFAULT_CONFIG,
    diagnostics: [{ uri, range: rangeAt(text, offset, length), severity: severityOf('invalid-config'), code: 'invalid-config', message: `${message} sysd uses the default configuration until this is fixed.` }],
  });
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    return fail(error?.offset ?? 0, error?.length ?? 0, `${CONFIG_FILE_NAME} is not valid JSON: ${error ? describeParseError(printParseErrorCode(error.error)) : 'the file is empty'}.`);
  }
  const parsed = ConfigSchema.safeParse(getNodeValue(tree));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length - 1;
    let path = issue.path as Array<string | number>;
    let message: string;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0];
      path = [...path, key];
      const known = Object.keys(ConfigSchema.shape);
      const suggestion = closest(key, known);
      message = `Unknown setting '${key}' in ${CONFIG_FILE_NAME}.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Allowed: ${known.join(', ')}.`;
    } else if (path[0] === 'rules' && path.length === 2 && issue.code === 'invalid_enum_value') {
      message = `'${String(path[1])}' in ${CONFIG_FILE_NAME} must be one of ${RuleSeveritySchema.options.join(', ')}, not ${JSON.stringify(issue.received)}.`;
    } else {
      message = `${where(path)} in ${CONFIG_FILE_NAME}: ${issue.message}.`;
    }
    if (more > 0) message += ` (${more} more problem${more === 1 ? '' : 's'} after this one.)`;
    const node = keyNode(tree, path);
    return fail(node.offset, node.length, message);
  }
  // Unknown rule ids do not break the file, but they are almost always typos.
  const diagnostics: Diagnostic[] = [];
  for (const id of Object.keys(parsed.data.rules)) {
    if (CONFIGURABLE_CODES.includes(id)) continue;
    const node = keyNode(tree, ['rules', id]);
    const suggestion = closest(id, RULE_IDS);
    diagnostics.push({
      uri, range: rangeAt(text, node.offset, node.length), severity: severityOf('unknown-rule'), code: 'unknown-rule',
      message: `Unknown rule '${id}' in ${CONFIG_FILE_NAME}.${suggestion ? ` Did you mean '${suggestion}'?` : ''} \`sysd explain\` lists the rules.`,
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  }
  return { config: parsed.data, diagnostics };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The configuration in force: the team's file, then the personal `sysd.rules` setting on top (the setting wins
 * rule by rule). Setting entries that are not a known severity are ignored.
 */
export interface NearestConfig {
  config: SysdConfig;
  /** The file read, if one was found. */
  uri?: string;
  diagnostics: Diagnostic[];
}

/**
 * The nearest sysd.config.json at or above a folder (a URI ending in `/`), read through `read` (undefined: no such
 * file): the command line reads the disk, the language server its files (the disk, or the client in the browser). One
 * lookup for both, so the editor and `sysd check` always take the same file for a design.
 */
export function nearestConfig(folder: string, read: (uri: string) => string | undefined): NearestConfig {
  for (let dir = folder; ;) {
    const uri = new URL(CONFIG_FILE_NAME, dir).href;
    const text = read(uri);
    if (text !== undefined) return { uri, ...parseConfigFile(text, uri) };
    const parent = new URL('..', dir).href;
    if (parent === dir) return { config: DEFAULT_CONFIG, diagnostics: [] };
    dir = parent;
  }
}

/** What is wrong with a `sysd.rules` setting value (unknown rule ids, bad severities), one sentence each. */
export function settingProblems(settingRules: unknown): string[] {
  if (settingRules === undefined || settingRules === null) return [];
  if (typeof settingRules !== 'object' || Array.isArray(settingRules)) return ['"sysd.rules" must be an object such as { "orphan-component": "off" }.'];
  const problems: string[] = [];
  for (const [id, value] of Object.entries(settingRules as Record<string, unknown>)) {
    if (!CONFIGURABLE_CODES.includes(id)) {
      const suggestion = closest(id, CONFIGURABLE_CODES);
      problems.push(`"sysd.rules": unknown rule '${id}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`);
    } else if (!RuleSeveritySchema.safeParse(value).success) {
      problems.push(`"sysd.rules": '${id}' is set to ${JSON.stringify(value)}; use "off", "hint", "info", "warning" or "error".`);
    }
  }
  return problems;
}

export function mergeConfig(file: SysdConfig, settingRules: unknown): SysdConfig {
  if (!settingRules || typeof settingRules !== 'object') return file;
  const rules: Record<string, RuleSeverity> = { ...file.rules };
  for (const [id, value] of Object.entries(settingRules as Record<string, unknown>)) {
    const severity = RuleSeveritySchema.safeParse(value);
    if (severity.success) rules[id] = severity.data;
  }
  return { ...file, rules };
}

