// Where the diagram font's files are on this machine, for resvg (`sysd render` PNGs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAM_FONT_FILES, DIAGRAM_FONT_PACKAGE } from '../diagram/font';

/**
 * `dist/fonts` next to the bundle (the build copies them there, and the npm package and the .vsix ship that folder),
 * else straight from the font package when the sources run unbundled (tests, `tsx`).
 */
export function diagramFontFiles(): string[] {
  // The CommonJS bundle has __dirname; the sources run as ES modules.
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const bundled = DIAGRAM_FONT_FILES.map(({ file }) => join(here, '..', 'fonts', file));
  if (bundled.every((file) => existsSync(file))) return bundled;
  return DIAGRAM_FONT_FILES.map(({ source }) => join(here, '..', '..', '..', 'node_modules', DIAGRAM_FONT_PACKAGE, source));
}
