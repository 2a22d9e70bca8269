// `sysd render`: draw a design as SVG or PNG with the preview's own renderer (PNG rasterised by resvg, no browser).
import { writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { analyze, type Analysis } from '../language/analysis';
import { fileSystemHost, ParseCache, toUri } from '../language/host';
import { renderDiagram } from '../diagram/index';
import { diagramOfAnalysis, diagramOfSelection, type Selection } from '../diagram/ofAnalysis';
import { DIAGRAM_FONT } from '../diagram/font';
import { reportErrors } from './design';
import { displayPath } from './findings';
import { linkedTargets } from './renderLinks';
import { designTargets, type Target } from './targets';
import { diagramFontFiles } from './fonts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CommandResult, type Io } from './io';
import { pickFlow, pickView } from './pick';
import { readDesignText } from './read';

const HELP = `Usage: sysd render FILE [-o OUT] [--view ID | --flow ID] [--format svg|png] [--direction right|down] [--viewport WxH] [--theme light|dark|high-contrast] [--scale N]
       sysd render PATHS|GLOBS… -o DIR [options]
       sysd render --update-links MARKDOWN… [options]

Draws the design in FILE as the editor's preview shows it: components with a shape per kind,
groups as boxes, connections laid out by ELK, findings as coloured badges.
Several files, directories (searched for *.sysd) or quoted globs are drawn into DIR, one
picture per design with its base name (design.sysd → DIR/design.svg or .png).
  -o, --output OUT   where to write (default: SVG to standard output, PNG to FILE's name with .png)
  --update-links     re-draw the images MARKDOWN files link to: ![…](x.svg) beside x.sysd, or any
                     image right after a <!-- sysd: path/to/design.sysd --> comment (paths relative
                     to the Markdown file); the format is the image's extension
  --view ID          draw only what the view ID shows, its groups collapsed and in its direction
  --flow ID          draw the whole design with the flow ID's steps highlighted and numbered, the rest dimmed
  --format F         svg or png (default: from OUT's extension, else svg)
  --direction D      right (default) or down
  --viewport WxH     lay out exactly as the preview does in a panel of W by H px: the direction follows the
                     panel's shape (unless --direction is given) and a design not readable at 60% opens as
                     an overview with its outermost groups collapsed
  --theme T          light (default), dark or high-contrast
  --scale N          PNG pixels per SVG unit (default 2, for sharp text)
Exit code: 0 written, 1 written but a design has errors (listed on stderr; what could be
read is drawn), 2 usage or I/O error (the worst over all designs).
`;

interface RenderArgs {
  files: string[];
  updateLinks: boolean;
  output?: string;
  format?: 'svg' | 'png';
  direction?: 'right' | 'down';
  viewport?: { width: number; height: number };
  theme: 'light' | 'dark' | 'high-contrast';
  scale: number;
  selection: Selection;
}

function parseArgs(args: string[]): RenderArgs | string {
  const parsed: RenderArgs = { files: [], updateLinks: false, theme: 'light', scale: 2, selection: {} };
  const choices = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | string =>
    allowed.includes(value as T) ? (value as T) : `${flag} takes ${allowed.join(' or ')}${value === undefined ? '' : `, not '${value}'`}.`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    switch (flag) {
      case '-o': case '--output': {
        const out = value();
        if (!out) return `${flag} needs a file name.`;
        parsed.output = out;
        break;
      }
      case '--format': {
        const format = choices('--format', value(), ['svg', 'png'] as const);
        if (format !== 'svg' && format !== 'png') return format;
        parsed.format = format;
        break;
      }
      case '--direction': {
        const direction = choices('--direction', value(), ['right', 'down'] as const);
        if (direction !== 'right' && direction !== 'down') return direction;
        parsed.direction = direction;
        break;
      }
      case '--viewport': {
        const size = /^(\d{2,5})x(\d{2,5})$/.exec(value() ?? '');
        if (!size) return '--viewport takes a size in px as WIDTHxHEIGHT, for example 960x1000.';
        parsed.viewport = { width: Number(size[1]), height: Number(size[2]) };
        break;
      }
      case '--theme': {
        const theme = choices('--theme', value(), ['light', 'dark', 'high-contrast'] as const);
        if (theme !== 'light' && theme !== 'dark' && theme !== 'high-contrast') return theme;
        parsed.theme = theme;
        break;
      }
      case '--scale': {
        const scale = Number(value());
        if (!(scale > 0 && scale <= 8)) return '--scale takes a number between 0 and 8.';
        parsed.scale = scale;
        break;
      }
      case '--view': case '--flow': {
        const id = value();
        if (!id) return `${flag} needs the ID of a ${flag.slice(2)}.`;
        if (Object.keys(parsed.selection).length > 0) return 'give one --view or one --flow.';
        parsed.selection = flag === '--view' ? { view: id } : { flow: id };
        break;
      }
      case '--update-links':
        parsed.updateLinks = true;
        break;
      default:
        if (arg.startsWith('-')) return `unknown option '${arg}'.`;
        parsed.files.push(arg);
    }
  }
  if (parsed.files.length === 0) return parsed.updateLinks ? 'which Markdown file? Give README.md or another .md file.' : 'which design? Give a .sysd file.';
  if (parsed.updateLinks && parsed.output) return '--update-links writes where the Markdown links point; leave out -o.';
  return parsed;
}

/**
 * PNG bytes of an SVG, rasterised by resvg with the bundled diagram font only: with the system's fonts a machine
 * without Arial or Liberation Sans drew DejaVu, wider than the layout measured, so text ran out of its boxes.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const resvg = await import('@resvg/resvg-js');
  const Resvg = resvg.Resvg ?? (resvg as unknown as { default: typeof resvg }).default.Resvg;
  const font = { loadSystemFonts: false, fontFiles: diagramFontFiles(), defaultFontFamily: DIAGRAM_FONT, sansSerifFamily: DIAGRAM_FONT };
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font }).render().asPng();
}

/**
 * The preview's SVG of an analysed design, findings as badges: the whole design, or the view or flow selected (throws a
 * UsageError naming the ones there are when the design has no such view or flow). Shared by `sysd render` and `sysd mcp`.
 */
export async function renderAnalysis(
  analysis: Analysis,
  options: Pick<RenderArgs, 'direction' | 'viewport' | 'theme'> & { selection?: Selection },
): Promise<string> {
  const selection = options.selection ?? {};
  if ('view' in selection) pickView(analysis.model, selection.view);
  if ('flow' in selection) pickFlow(analysis.model, selection.flow);
  const diagram = diagramOfSelection(analysis, selection) ?? diagramOfAnalysis(analysis);
  const rendered = await renderDiagram(diagram, {
    direction: options.direction ?? (options.viewport ? 'auto' : 'right'), theme: options.theme,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  return rendered.svg;
}

/** Draws one design to its target; returns its exit code (errors go to stderr after the picture is written). */
async function renderTarget(target: Target, parsed: RenderArgs, format: 'svg' | 'png', io: Io): Promise<number> {
  const uri = toUri(target.design);
  const read = readDesignText(target.design);
  if (!read.ok) {
    io.err(`sysd render: cannot read '${target.name}': ${read.reason}.\n`);
    return EXIT_USAGE;
  }
  const host = fileSystemHost((u) => (u === uri ? read.text : undefined), new ParseCache());
  const analysis = analyze(uri, host);
  let svg: string;
  try {
    svg = await renderAnalysis(analysis, parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sysd render: ${target.name}: ${error.message}\n`);
    return EXIT_USAGE;
  }
  // Reported after writing, as export does: the picture is still drawn, the errors are the last thing the user reads.
  const exitCode = (): number => (reportErrors(analysis, io, 'render') > 0 ? EXIT_FINDINGS : EXIT_OK);
  if (format === 'svg' && !target.output) {
    io.out(svg);
    return exitCode();
  }
  const output = target.output ?? resolve(io.cwd, `${basename(target.design, extname(target.design))}.png`);
  try {
    writeFileSync(output, format === 'svg' ? svg : await svgToPng(svg, parsed.scale));
  } catch (error) {
    io.err(`sysd render: cannot write '${displayPath(io.cwd, output)}': ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  // A file the user named is written silently, as before; a name sysd chose is announced.
  if (!parsed.output || output !== resolve(io.cwd, parsed.output)) io.err(`sysd render: wrote ${displayPath(io.cwd, output)}\n`);
  return exitCode();
}

const formatOf = (path: string | undefined): 'svg' | 'png' | undefined =>
  path === undefined ? undefined : extname(path).toLowerCase() === '.png' ? 'png' : extname(path).toLowerCase() === '.svg' ? 'svg' : undefined;

export async function runRender(args: string[], io: Io): Promise<CommandResult> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(HELP);
    return { exitCode: EXIT_OK };
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`sysd render: ${parsed}\n${HELP}`);
    return { exitCode: EXIT_USAGE };
  }
  const defaultFormat = parsed.format ?? formatOf(parsed.output) ?? 'svg';
  const targets = parsed.updateLinks ? linkedTargets(parsed.files, io) : designTargets(parsed.files, parsed.output, `.${defaultFormat}`, io, 'render');
  let worst = EXIT_OK;
  for (const target of targets) {
    const format = parsed.updateLinks ? (formatOf(target.output) ?? 'svg') : defaultFormat;
    worst = Math.max(worst, await renderTarget(target, parsed, format, io));
  }
  return { exitCode: worst };
}
