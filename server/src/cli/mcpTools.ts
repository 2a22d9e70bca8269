// The tools `sysd mcp` offers an AI assistant: the check, explain, estimate and render commands over one design,
// each calling the same functions as its CLI command, with a zod input schema and a text (or image) result.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Analysis } from '../language/analysis';
import type { Severity } from '../language/diagnostics';
import { toUri } from '../language/host';
import { formatJson } from './checkJson';
import { formatText } from './checkText';
import { paint } from './color';
import { analyzeDesignText, reportErrors } from './design';
import { estimateReport } from './estimate';
import { explainRule } from './explain';
import { reportOf } from './findings';
import { isBinary, readDesignText } from './read';
import { renderAnalysis, svgToPng } from './render';
import { summarize, summaryLine } from './summary';

export type ToolContent = { type: 'text'; text: string } | { type: 'image'; data: string; mimeType: string };

// A type, not an interface: the SDK's result type has an index signature, which only a type alias satisfies.
export type ToolResult = {
  content: ToolContent[];
  isError?: boolean;
};

export interface SysdTool<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  inputSchema: Shape;
  run(input: z.objectOutputType<Shape, z.ZodTypeAny>, cwd: string): Promise<ToolResult>;
}

const text = (value: string): ToolResult => ({ content: [{ type: 'text', text: value }] });
const failure = (message: string): ToolResult => ({ content: [{ type: 'text', text: message }], isError: true });

/** Where the design comes from: its text (what an assistant usually holds) or a file the server can read. */
const DESIGN_INPUT = {
  design: z.string().optional().describe('The text of a .sysd design. Give this or `path`.'),
  path: z.string().optional().describe('A .sysd file to read, relative to the directory sysd mcp was started in. Give this or `design`.'),
};

type DesignInput = { design?: string; path?: string };

/** The design analysed as the CLI would (nearest sysd.config.json, imports from disk), or why it cannot be. */
function analyzeInput(input: DesignInput, cwd: string): Analysis | string {
  if ((input.design === undefined) === (input.path === undefined)) return 'give exactly one of `design` (the text of a .sysd design) or `path` (a .sysd file).';
  if (input.path !== undefined) {
    const path = resolve(cwd, input.path);
    const read = readDesignText(path);
    if (!read.ok) return `cannot read '${input.path}': ${read.reason}.`;
    return analyzeDesignText(toUri(path), read.text, cwd);
  }
  const design = input.design as string;
  if (isBinary(new TextEncoder().encode(design))) return '`design` is not the text of a .sysd design (it holds NUL bytes or broken characters).';
  // An unsaved design is analysed as a file in the working directory, so its imports resolve from there.
  return analyzeDesignText(toUri(resolve(cwd, 'design.sysd')), design, cwd);
}

/** The design's errors exactly as the command prints them on stderr, to follow a result that was produced anyway. */
function errorNote(analysis: Analysis, cwd: string, command: string): string {
  let note = '';
  reportErrors(analysis, { out: () => undefined, err: (line) => { note += line; }, cwd, isTty: false }, command);
  return note;
}

function tool<Shape extends z.ZodRawShape>(definition: SysdTool<Shape>): SysdTool<Shape> {
  return definition;
}

const check = tool({
  name: 'check',
  title: 'Review a design',
  description: 'Reviews a sysd design like `sysd check`: syntax and schema errors and the best-practice findings (single points of failure, '
    + 'missing dead-letter queues, clients reaching a database, read-heavy designs without a cache, …), one per line as '
    + '`file:line:col severity rule message`, or as the JSON report. `explain` tells more about a rule.',
  inputSchema: {
    ...DESIGN_INPUT,
    format: z.enum(['text', 'json']).default('text').describe('text (one finding a line and a summary) or json (the sysd check --format json report)'),
    severity: z.enum(['error', 'warning', 'info', 'hint']).default('hint').describe('report only findings at or above this severity'),
  },
  async run(input, cwd) {
    const analysis = analyzeInput(input, cwd);
    if (typeof analysis === 'string') return failure(analysis);
    const reports = [reportOf(analysis, cwd, input.severity as Severity)];
    const summary = summarize(reports, 0);
    if (input.format === 'json') return text(formatJson(reports, summary));
    return text(`${formatText(reports, paint(false))}${summaryLine(summary)}\n`);
  },
});

const explain = tool({
  name: 'explain',
  title: 'Explain a rule',
  description: 'The documentation of a sysd best-practice rule, like `sysd explain RULE`: when it fires, why it matters, how to fix it, '
    + 'and an example design that fires and one that passes.',
  inputSchema: { rule: z.string().describe('a rule id as findings name it, e.g. queue-without-dlq') },
  async run(input) {
    const explained = explainRule(input.rule);
    return explained.ok ? text(explained.docs) : failure(explained.message);
  },
});

const estimateTool = tool({
  name: 'estimate',
  title: 'Estimate the scale',
  description: "The back-of-the-envelope numbers of a design's scale block, like `sysd estimate`: average and peak reads and writes per "
    + 'second, storage over the retention period, bandwidth, and the downtime budget of the availability target, each with how it was computed.',
  inputSchema: {
    ...DESIGN_INPUT,
    format: z.enum(['text', 'json']).default('text').describe('text (a table) or json (every figure with its value, unit and derivation)'),
  },
  async run(input, cwd) {
    const analysis = analyzeInput(input, cwd);
    if (typeof analysis === 'string') return failure(analysis);
    const note = errorNote(analysis, cwd, 'estimate');
    return { content: [{ type: 'text', text: estimateReport(analysis, cwd, input.format === 'json' ? 'json' : 'text') }, ...(note ? [{ type: 'text' as const, text: note }] : [])] };
  },
});

const render = tool({
  name: 'render',
  title: 'Draw a design',
  description: "Draws a design as the editor's preview does, like `sysd render`: components with a shape per kind, groups as boxes, "
    + 'connections laid out by ELK, findings as badges. Returns the SVG as text, or a PNG image.',
  inputSchema: {
    ...DESIGN_INPUT,
    format: z.enum(['svg', 'png']).default('svg'),
    direction: z.enum(['right', 'down']).optional().describe('the flow of requests: left to right (default) or top to bottom'),
    theme: z.enum(['light', 'dark', 'high-contrast']).default('light'),
  },
  async run(input, cwd) {
    const analysis = analyzeInput(input, cwd);
    if (typeof analysis === 'string') return failure(analysis);
    const svg = await renderAnalysis(analysis, { direction: input.direction, theme: input.theme });
    const note = errorNote(analysis, cwd, 'render');
    const picture: ToolContent = input.format === 'png'
      ? { type: 'image', data: Buffer.from(await svgToPng(svg)).toString('base64'), mimeType: 'image/png' }
      : { type: 'text', text: svg };
    return { content: note ? [picture, { type: 'text', text: note }] : [picture] };
  },
});

/**
 * Every tool of `sysd mcp`, in the order a review goes. `impact` (what a change to a component touches) joins this
 * list when `sysd impact` lands, as one more entry calling that command's core.
 */
export const TOOLS: readonly SysdTool[] = [check, explain, estimateTool, render] as unknown as readonly SysdTool[];
