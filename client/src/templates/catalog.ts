// The templates of "New Design from Template": the example designs (the guide's classic problems) and the blank outline.
// Pure (no vscode): the extension reads the files the build copied into dist/templates and describes them here.

export interface Template {
  /** The file's base name without `.sysd`: `url-shortener`, `blank`. */
  id: string;
  /** The design's title from its `design "…"` header. */
  label: string;
  /** The file's first comment line: what the design is. */
  detail: string;
  text: string;
}

/** Where the build puts the templates, relative to the extension's root (scripts/build.mjs copies them there). */
export const TEMPLATES_FOLDER = 'dist/templates';

/** The blank outline sorts first: it is what most people start from; the examples follow by title. */
export const BLANK_TEMPLATE = 'blank';

export function describeTemplate(fileName: string, text: string): Template {
  const id = fileName.replace(/\.sysd$/i, '');
  // The blank outline's own title is a placeholder for the user's ("My Design"): not what the list should say.
  const label = id === BLANK_TEMPLATE ? 'Blank design' : /^\s*design\s+"([^"\n]*)"/m.exec(text)?.[1] ?? id;
  const detail = /^\s*\/\/\s*(.*\S)/.exec(text)?.[1] ?? '';
  return { id, label, detail, text };
}

export function sortTemplates(templates: Template[]): Template[] {
  return [...templates].sort((a, b) =>
    Number(b.id === BLANK_TEMPLATE) - Number(a.id === BLANK_TEMPLATE) || a.label.localeCompare(b.label));
}
