// IDs are ASCII (spec, "Identifier"): one error per non-ASCII ID in a file, with an ASCII ID to rename it to.
import { severityOf, type CoreCodeId } from './codes';
import { comparePositions } from './locate';
import type { Diagnostic } from './diagnostics';
import type { DesignModel, Reference } from './model';
import { invalidIdentifier } from './rename';
import { isComponentKind } from './ast';

export const NON_ASCII_ID = 'non-ascii-id' satisfies CoreCodeId;

/** Letters that NFD does not take apart into an ASCII letter and combining marks. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ı: 'i',
};

export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/**
 * The ASCII spelling of a word: accents dropped (`café` → `cafe`, `données` → `donnees`), a run of letters with no
 * ASCII form (`服务`) becomes a hyphen between the parts that have one. Empty when nothing is left.
 */
export function transliterate(word: string): string {
  const spelled = [...word.normalize('NFD')].map((char) => SPELLED_OUT[char] ?? char).join('').replace(/\p{M}/gu, '');
  const ascii = spelled.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-0-9]+|-+$/g, '');
  return /[A-Za-z0-9]/.test(ascii) ? ascii : '';
}

/** The transliteration (then `cafe2`, `cafe3` …), else `<kind>1` (`service1`, `service2` …): the first free, valid ID. */
function suggestionFor(name: string, fallback: string, taken: Set<string>): string {
  const base = transliterate(name);
  for (let n = 1; ; n++) {
    const candidate = base && n === 1 ? base : `${base || fallback}${n}`;
    // A kind name is a valid ID, but `service service` is a confusing thing to suggest.
    if (!taken.has(candidate) && invalidIdentifier(candidate) === undefined && !isComponentKind(candidate)) return candidate;
  }
}

/** Where a name is reported in a file: its declaration there, else its first use. */
function firstOccurrence(occurrences: Reference[]): Reference {
  return occurrences.find((r) => r.declaration)
    ?? occurrences.reduce((first, r) => (comparePositions(r.range.start, first.range.start) < 0 ? r : first));
}

export function nonAsciiIds(model: DesignModel): Diagnostic[] {
  const byFileAndName = new Map<string, Reference[]>();
  for (const reference of model.references) {
    if (isAscii(reference.name)) continue;
    const key = `${reference.uri}\u0000${reference.name}`;
    const list = byFileAndName.get(key);
    if (list) list.push(reference);
    else byFileAndName.set(key, [reference]);
  }
  if (byFileAndName.size === 0) return [];
  const taken = new Set([...model.elements.keys(), ...model.references.map((r) => r.name)]);
  const suggested = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const occurrences of byFileAndName.values()) {
    const at = firstOccurrence(occurrences);
    const target = at.target;
    // One suggestion per name across the design's files, so renaming file by file keeps references resolved.
    let suggestion = suggested.get(at.name);
    if (suggestion === undefined) {
      suggestion = suggestionFor(at.name, target ? (target.type === 'group' ? 'group' : target.kind) : 'id', taken);
      suggested.set(at.name, suggestion);
      taken.add(suggestion);
    }
    diagnostics.push({
      uri: at.uri, range: at.range, severity: severityOf(NON_ASCII_ID), code: NON_ASCII_ID,
      message: `'${at.name}' is not a valid ID: IDs are ASCII (letters A-Z, digits, '_' and '-'); labels in quotes may use any script. Rename it, e.g. to '${suggestion}'.`,
      data: { name: at.name, suggestion },
    });
  }
  return diagnostics;
}
