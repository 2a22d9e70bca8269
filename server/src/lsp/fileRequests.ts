// The requests the browser language server sends its client to read the workspace (the web worker has no file system).

/** `{ uri }` → `{ text }`, or null when there is no such file (or it cannot be read). */
export const READ_FILE_REQUEST = 'sysd/readFile';

/** No params → the URIs of every .sysd file in the workspace (for import-path completion). */
export const LIST_DESIGNS_REQUEST = 'sysd/listDesigns';

export interface ReadFileParams {
  uri: string;
}

export interface ReadFileResult {
  text: string;
}
