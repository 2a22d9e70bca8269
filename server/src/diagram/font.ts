// The font diagrams are drawn in: bundled (dist/fonts) so the preview and `sysd render` draw what the layout measured.

/** Arimo has Arial's advance widths, which the width table in measure.ts is made of; SIL OFL 1.1, free to bundle. */
export const DIAGRAM_FONT = 'Arimo';

/** The weights the SVG uses (labels and titles are bold): the name in dist/fonts and the file in the npm package. */
export const DIAGRAM_FONT_FILES = [
  { file: 'Arimo-Regular.ttf', weight: 400, source: '400Regular/Arimo_400Regular.ttf' },
  { file: 'Arimo-Bold.ttf', weight: 700, source: '700Bold/Arimo_700Bold.ttf' },
] as const;

/** The npm package the build copies the files from (scripts/build.mjs). */
export const DIAGRAM_FONT_PACKAGE = '@expo-google-fonts/arimo';
