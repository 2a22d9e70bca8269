// Terminal colours: on for a TTY unless NO_COLOR, forced by FORCE_COLOR or --color, off with --no-color.
import type { Severity } from '../language/diagnostics';
import type { Io } from './io';

export interface Paint {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const CODES: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export function useColor(io: Io, flags: { color?: boolean; 'no-color'?: boolean }, toFile = false): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  const env = io.env ?? {};
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR) return false;
  return io.isTty && !toFile;
}

export function paint(enabled: boolean): Paint {
  const wrap = (code: string, text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    severity: (severity, text) => wrap(CODES[severity], text),
    dim: (text) => wrap('2', text),
    bold: (text) => wrap('1', text),
  };
}
