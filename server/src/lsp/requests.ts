// Guards every request handler shares: malformed parameters get InvalidParams, and long work stops when the client cancels.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Most items a list answer carries (workspace symbols, completion); more are never useful in a picker and cost time to send. */
export const MAX_LIST_ITEMS = 1000;

const isPosition = (value: unknown): boolean =>
  typeof value === 'object' && value !== null
  && Number.isFinite((value as { line?: unknown }).line) && Number.isFinite((value as { character?: unknown }).character);

const isRange = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end);

type Field = 'position' | 'range' | 'positions';

/**
 * Refuses parameters a handler cannot work with (no document URI, a position that is not two numbers) with
 * InvalidParams, instead of letting the handler fail on them with an internal error. Out-of-range numbers are fine:
 * the features clamp them.
 */
export function checkParams(params: unknown, ...fields: Field[]): void {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'sysd: the request needs textDocument.uri (a string).');
  const record = params as Record<Field, unknown>;
  for (const field of fields) {
    const value = record[field];
    const ok = field === 'position' ? isPosition(value) : field === 'range' ? isRange(value) : Array.isArray(value) && value.every(isPosition);
    if (!ok) throw new ResponseError(ErrorCodes.InvalidParams, `sysd: the request's ${field} is malformed.`);
  }
}

/** Answers the request as cancelled when the client gave up on it. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'sysd: request cancelled.');
}

/** The soonest macrotask: node's setImmediate; a browser worker has none, so a zero timeout there. */
const nextTurn: (callback: () => void) => void = typeof setImmediate === 'function' ? setImmediate : (callback) => setTimeout(callback, 0);

/**
 * Lets the event loop read what the client sent meanwhile (a `$/cancelRequest`, a newer edit), then stops if the
 * request was cancelled. Handlers call it before and between the expensive steps of a large document.
 */
export async function checkpoint(token: CancellationToken | undefined): Promise<void> {
  throwIfCancelled(token);
  await new Promise<void>((resolve) => nextTurn(resolve));
  throwIfCancelled(token);
}
