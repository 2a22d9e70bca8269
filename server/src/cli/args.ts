// Flag parsing for every command: node's util.parseArgs in strict mode, its errors turned into friendly messages.
import { parseArgs } from 'node:util';
import { closest } from '../language/suggest';
import { UsageError } from './io';

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** For string flags: the values accepted (checked here, with a did-you-mean). */
  choices?: readonly string[];
}

export type FlagSpecs = Record<string, FlagSpec>;

export type FlagValues<S extends FlagSpecs> = {
  [K in keyof S]?: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { multiple: true } ? string[] : string;
};

export interface ParsedArgs<S extends FlagSpecs> {
  flags: FlagValues<S>;
  positionals: string[];
}

function flagNames(specs: FlagSpecs): string[] {
  return Object.entries(specs).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]);
}

/** Parses `args` for one command; throws UsageError with a message fit for the terminal. */
export function parseFlags<S extends FlagSpecs>(args: string[], specs: S, maxPositionals = Infinity): ParsedArgs<S> {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, {
      type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}),
    }]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    if (!String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw friendlyError(error, specs);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (!spec.choices || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (!spec.choices.includes(String(one))) {
        const suggestion = closest(String(one), spec.choices);
        throw new UsageError(
          `invalid value '${String(one)}' for --${name}: expected one of ${spec.choices.join(', ')}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        );
      }
    }
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw new UsageError(maxPositionals === 0 ? `unexpected argument '${extra}'.` : `unexpected extra argument '${extra}'.`);
  }
  return { flags: parsed.values as FlagValues<S>, positionals: parsed.positionals };
}

function friendlyError(error: unknown, specs: FlagSpecs): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = flag.replace(/=.*$/, '');
      const suggestion = closest(name, flagNames(specs));
      return new UsageError(`unknown option '${name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const [name] = flag.split(/[ ,]/);
      const spec = Object.entries(specs).find(([long, s]) => `--${long}` === name || `-${s.short}` === name);
      if (spec && spec[1].type === 'boolean') return new UsageError(`option '--${spec[0]}' takes no value.`);
      return new UsageError(`option '${spec ? `--${spec[0]}` : name}' needs a value.`);
    }
    default:
      return new UsageError(message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** Parses a non-negative integer flag value such as `--max-warnings 10`. */
export function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} expects a whole number ≥ 0, not '${value}'.`);
  return Number(value);
}
