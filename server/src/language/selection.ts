// Selection ranges (expand selection): token → property → block → statement → group → file.
import type { Block, Position, Property, Range, Statement, SysdFile, Value } from './ast';
import { comparePositions, rangeContains } from './locate';

/** The ranges around `position`, innermost first, each strictly containing the one before. */
export function selectionRanges(file: SysdFile, position: Position): Range[] {
  const outer: Range[] = [];
  const whole = fileRange(file);
  outer.push(whole);
  if (file.design && rangeContains(file.design.range, position)) {
    outer.push(file.design.range);
    const design = file.design;
    if (design.title && rangeContains(design.title.range, position)) outer.push(design.title.range);
    else if (design.block) inBlock(outer, design.block, position);
    else pushToken(outer, { start: design.range.start, end: { line: design.range.start.line, character: design.range.start.character + 6 } }, position);
  } else {
    inStatements(outer, file.statements, position);
  }
  // Innermost first, dropping repeats (a property that is one token long, a statement that is its block).
  const chain: Range[] = [];
  for (const range of outer.reverse()) {
    const previous = chain[chain.length - 1];
    if (previous && comparePositions(previous.start, range.start) === 0 && comparePositions(previous.end, range.end) === 0) continue;
    chain.push(range);
  }
  return chain;
}

function fileRange(file: SysdFile): Range {
  let end: Position = { line: 0, character: 0 };
  const ends = [
    ...file.statements.map((s) => s.range.end), ...file.comments.map((c) => c.range.end), ...(file.design ? [file.design.range.end] : []),
  ];
  for (const candidate of ends) if (comparePositions(candidate, end) > 0) end = candidate;
  return { start: { line: 0, character: 0 }, end };
}

function pushToken(outer: Range[], range: Range, position: Position): boolean {
  if (!rangeContains(range, position)) return false;
  outer.push(range);
  return true;
}

function inStatements(outer: Range[], statements: Statement[], position: Position): void {
  const hits = statements.filter((s) => rangeContains(s.range, position));
  const statement = hits.find((s) => comparePositions(s.range.start, position) === 0) ?? hits[hits.length - 1];
  if (!statement) return;
  outer.push(statement.range);
  for (const annotation of statement.annotations) {
    if (!rangeContains(annotation.range, position)) continue;
    outer.push(annotation.range);
    const token = [annotation.name, ...annotation.args, ...(annotation.reason ? [annotation.reason] : [])].find((t) => rangeContains(t.range, position));
    if (token) outer.push(token.range);
    return;
  }
  switch (statement.type) {
    case 'scale':
      if (!pushToken(outer, statement.keyword.range, position)) inBlock(outer, statement.block, position);
      return;
    case 'import':
      if (!pushToken(outer, statement.keyword.range, position) && statement.path) pushToken(outer, statement.path.range, position);
      return;
    case 'component':
      if (pushToken(outer, statement.kindToken.range, position) || pushToken(outer, statement.id.range, position)) return;
      if (statement.label && pushToken(outer, statement.label.range, position)) return;
      if (statement.block) inBlock(outer, statement.block, position);
      return;
    case 'group': {
      if (pushToken(outer, statement.keyword.range, position) || pushToken(outer, statement.id.range, position)) return;
      if (statement.label && pushToken(outer, statement.label.range, position)) return;
      if (!statement.body || !rangeContains(statement.body.range, position)) return;
      outer.push(statement.body.range);
      const property = statement.properties.find((p) => rangeContains(p.range, position));
      if (property) inProperty(outer, property, position);
      else inStatements(outer, statement.statements, position);
      return;
    }
    case 'connection':
      if (pushToken(outer, statement.source.range, position)) return;
      for (const hop of statement.hops) {
        if (pushToken(outer, hop.arrow.range, position)) return;
        const target = hop.targets.find((t) => rangeContains(t.range, position));
        if (target) {
          if (hop.targets.length > 1) outer.push({ start: hop.targets[0].range.start, end: hop.targets[hop.targets.length - 1].range.end });
          outer.push(target.range);
          return;
        }
      }
      if (statement.label && pushToken(outer, statement.label.range, position)) return;
      if (statement.block) inBlock(outer, statement.block, position);
      return;
  }
}

function inBlock(outer: Range[], block: Block, position: Position): void {
  if (!rangeContains(block.range, position)) return;
  outer.push(block.range);
  const property = block.properties.find((p) => rangeContains(p.range, position));
  if (property) inProperty(outer, property, position);
}

function inProperty(outer: Range[], property: Property, position: Position): void {
  outer.push(property.range);
  if (pushToken(outer, property.name.range, position)) return;
  let value: Value | undefined = property.value;
  while (value && rangeContains(value.range, position)) {
    outer.push(value.range);
    value = value.type === 'list' ? value.items.find((item) => rangeContains(item.range, position)) : undefined;
  }
}
