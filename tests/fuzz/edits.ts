// Edit sequences as a person types them (keystrokes, deletions, pastes, broken and fixed braces, renames), applied to a text step by step.
import fc from 'fast-check';
import { statement } from './generators';

export type Edit =
  /** Typing `text` one character at a time from `at`: one step per character. */
  | { kind: 'type'; at: number; text: string }
  /** Typing into the `which`-th label or number (the bench's keystrokes: a label's word, a capacity's digit). */
  | { kind: 'retype'; which: number; text: string }
  /** Backspace `count` times from `at`: one step per character. */
  | { kind: 'backspace'; at: number; count: number }
  /** Removing a selection in one step. */
  | { kind: 'delete'; at: number; length: number }
  /** Pasting a whole statement (or several) at the start of a line, in one step. */
  | { kind: 'paste'; line: number; text: string }
  /** Deleting the `which`-th brace, then (optionally, a later step) typing it back. */
  | { kind: 'brace'; which: number; restore: boolean }
  /** Renaming the `which`-th word: every occurrence at once (as rename does) or only that one (as typing does). */
  | { kind: 'rename'; which: number; to: string; everywhere: boolean };

const TYPED = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('x', 'a', '1', '0', '_', '-', ' ', '\n', 'é', '😀') },
  { weight: 2, arbitrary: fc.constantFrom('{', '}', '"', ':', ',', '@', '/', '*', '[', ']', '(', ')', '>', '~', '.', '%', '\r\n', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('service', ' api', 'db', '-> db', ' capacity: 800/s', 'replicas: 3', '"label"', '// note', '/* c */', 'group g {', 'scale {', 'import "./other.sysd"', '@allow(spof)') },
);

const NAMES = ['api', 'db', 'web', 'lb', 'cache1', 'api2', 'x', 'svc-a', 'service', 'scale', 'group'];

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: TYPED }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('retype' as const), which: fc.nat(), text: TYPED }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('backspace' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), line: fc.nat(), text: fc.array(statement, { minLength: 1, maxLength: 2 }).map((s) => `${s.join('\n')}\n`) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('brace' as const), which: fc.nat(), restore: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), which: fc.nat(), to: fc.constantFrom(...NAMES), everywhere: fc.boolean() }) },
);

/** The texts one edit passes through, one per step (a keystroke, a paste, a rename), starting after the first step. */
export function stepsOf(text: string, change: Edit): string[] {
  const steps: string[] = [];
  let current = text;
  const put = (from: number, to: number, inserted: string) => {
    current = current.slice(0, from) + inserted + current.slice(to);
    steps.push(current);
  };
  switch (change.kind) {
    case 'type': {
      let at = change.at % (current.length + 1);
      // A word is typed a character at a time; a line break pair arrives in one keystroke.
      for (const piece of change.text.length > 1 && change.text !== '\r\n' ? [...change.text] : [change.text]) { put(at, at, piece); at += piece.length; }
      break;
    }
    case 'retype': {
      const spots = [...current.matchAll(/"[^"\r\n]+"|\d+/g)];
      if (spots.length === 0) break;
      let at = (spots[change.which % spots.length].index ?? 0) + 1;
      for (const piece of change.text.length > 1 && change.text !== '\r\n' ? [...change.text] : [change.text]) { put(at, at, piece); at += piece.length; }
      break;
    }
    case 'backspace': {
      let at = change.at % (current.length + 1);
      for (let i = 0; i < change.count && at > 0; i++) { put(at - 1, at, ''); at--; }
      break;
    }
    case 'delete': {
      const at = change.at % (current.length + 1);
      put(at, Math.min(current.length, at + change.length), '');
      break;
    }
    case 'paste': {
      const starts = [0, ...[...current.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
      const at = starts[change.line % starts.length];
      put(at, at, change.text);
      break;
    }
    case 'brace': {
      const braces = [...current.matchAll(/[{}]/g)];
      if (braces.length === 0) break;
      const brace = braces[change.which % braces.length];
      const at = brace.index ?? 0;
      put(at, at + 1, '');
      if (change.restore) put(at, at, brace[0]);
      break;
    }
    case 'rename': {
      const words = [...current.matchAll(/[A-Za-z_][\w-]*/g)];
      if (words.length === 0) break;
      const word = words[change.which % words.length];
      const at = word.index ?? 0;
      if (!change.everywhere) { put(at, at + word[0].length, change.to); break; }
      // All occurrences in one step, as a rename's workspace edit applies them.
      const pattern = new RegExp(`(?<![\\w-])${word[0].replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
      current = current.replace(pattern, change.to);
      steps.push(current);
      break;
    }
  }
  return steps;
}
