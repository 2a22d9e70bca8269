// The sysd.preview settings as the preview reads them, clamped to usable values.
import * as vscode from 'vscode';
import { DIRECTION_SETTINGS } from '../../../server/src/diagram/viewport';

/** The preview settings for a design: `direction` is resource-scoped, so each folder of a multi-root workspace may set it. */
export function previewSettings(uri?: string) {
  const config = vscode.workspace.getConfiguration('sysd.preview', uri ? vscode.Uri.parse(uri) : undefined);
  return {
    direction: DIRECTION_SETTINGS.find((setting) => setting === config.get<string>('direction')) ?? 'auto',
    maxNodes: Math.max(1, config.get<number>('maxNodes') ?? 300),
    debounceMs: Math.max(0, config.get<number>('debounceMs') ?? 250),
  };
}
