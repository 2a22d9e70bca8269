// The quick fix for a `design` header below other statements: move it up, after the leading imports or to the top.
import type { DesignDecl, Range, SysdFile } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { DesignModel } from '../model';
import { encodeString } from '../strings';
import { blockText, pairText, pastTrailingComments, type TextEdit } from './rulesEdits';
import type { SchemaFix } from './schema';

/** The header as the formatter writes it: fixes work from the syntax tree, not the text. */
function headerText(design: DesignDecl): string {
  const title = design.title ? ` ${encodeString(design.title.value)}` : '';
  const block = design.block ? ` ${blockText(design.block.properties.map(pairText), 0)}` : '';
  return `design${title}${block}`;
}

/** Removes the header, with its lines when nothing else stands on them (no blank line is left behind). */
function removal(file: SysdFile, design: DesignDecl): Range {
  const { start, end } = design.range;
  const neighbours = [...file.statements, ...file.comments].filter((item) => item.offset < design.offset || item.offset >= design.end);
  const sharesLine = neighbours.some((item) => item.range.end.line >= start.line && item.range.start.line <= end.line);
  return sharesLine ? design.range : { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } };
}

export function moveDesignFixes(model: DesignModel, diagnostic: Diagnostic): SchemaFix[] {
  const file = model.files.get(diagnostic.uri);
  const design = file?.design;
  const first = file?.statementBeforeDesign;
  if (!file || !design || !first) return [];
  // The header is rewritten from the tree, which does not hold comments: one inside it would be lost.
  if (file.comments.some((comment) => comment.offset >= design.offset && comment.end <= design.end)) return [];
  // Every statement before the first one that is not an import is an import.
  const imports = file.statements.slice(0, file.statements.indexOf(first));
  const lastImport = imports[imports.length - 1];
  const header = headerText(design);
  const insertion: TextEdit = lastImport
    ? { range: at(pastTrailingComments(file, lastImport.range.end)), newText: `\n${header}` }
    : { range: at({ line: 0, character: 0 }), newText: `${header}\n` };
  return [{
    title: lastImport ? "Move the 'design' header up, after the imports" : "Move the 'design' header to the top of the file",
    edits: [insertion, { range: removal(file, design), newText: '' }],
    isPreferred: true,
  }];
}

function at(position: Range['start']): Range {
  return { start: position, end: position };
}
