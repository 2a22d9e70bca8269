// Quick fixes for a finding: its rule's own fix (found by the finding's subject id), "Suppress with @allow", and the @allow problems' fixes.
import type { Annotation, DesignDecl, Position, Statement } from '../ast';
import type { Analysis } from '../analysis';
import type { Diagnostic } from '../diagnostics';
import type { Component, Connection, DesignModel } from '../model';
import { isRuleId } from '../rules/ids';
import { ruleById } from '../rules/registry';
import { DESIGN_SUBJECT, isConnection, isDesignWide, isScale, subjectById } from '../subjects';
import type { Fix } from './ruleFix';
import { applyEdits, deleteLines, lineBefore } from './rulesEdits';

export type { Fix } from './ruleFix';

function componentOf(model: DesignModel, diagnostic: Diagnostic): Component | undefined {
  const subject = diagnostic.subject === undefined ? undefined : subjectById(model, diagnostic.subject);
  return subject && !isScale(subject) && !isConnection(subject) && !isDesignWide(subject) && subject.type === 'component' && subject.uri === diagnostic.uri ? subject : undefined;
}

function connectionOf(model: DesignModel, diagnostic: Diagnostic): Connection | undefined {
  const subject = diagnostic.subject === undefined ? undefined : model.connectionById.get(diagnostic.subject);
  return subject?.uri === diagnostic.uri ? subject : undefined;
}

/** The statement a finding sits on, for `@allow`: a design-wide finding's is the `design` header. */
function statementOf(model: DesignModel, diagnostic: Diagnostic): Statement | DesignDecl | undefined {
  if (diagnostic.subject === DESIGN_SUBJECT) return model.design && model.rootUri === diagnostic.uri ? model.design : undefined;
  const component = componentOf(model, diagnostic);
  if (component) return component.decl;
  const connection = connectionOf(model, diagnostic);
  if (connection) return connection.statement;
  if (model.scale && model.scale.uri === diagnostic.uri) return model.scale.block;
  return undefined;
}

interface AnnotationSpot {
  annotation: Annotation;
  index: number;
  /** Where what follows the annotation starts: the next annotation or the statement itself. */
  next: Position;
}

function bodyStart(statement: Statement | DesignDecl): Position {
  switch (statement.type) {
    case 'design': return statement.range.start;
    case 'component': return statement.kindToken.range.start;
    case 'connection': return statement.source.range.start;
    default: return statement.keyword.range.start;
  }
}

function annotationAround(model: DesignModel, diagnostic: Diagnostic): AnnotationSpot | undefined {
  const file = model.files.get(diagnostic.uri);
  if (!file) return undefined;
  const visit = (statements: Array<Statement | DesignDecl>): AnnotationSpot | undefined => {
    for (const statement of statements) {
      for (const [position, annotation] of statement.annotations.entries()) {
        const index = annotation.args.findIndex((arg) => arg.range.start.line === diagnostic.range.start.line && arg.range.start.character === diagnostic.range.start.character);
        const next = statement.annotations[position + 1]?.range.start ?? bodyStart(statement);
        if (index !== -1) return { annotation, index, next };
      }
      if (statement.type === 'group') {
        const found = visit(statement.statements);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(file.design ? [file.design, ...file.statements] : file.statements);
}

/** Fixes for the annotation problems: drop an unused rule id (or the whole @allow), correct a misspelt one. */
function allowFixes(model: DesignModel, diagnostic: Diagnostic): Fix[] {
  const found = annotationAround(model, diagnostic);
  if (!found) return [];
  const { annotation, index, next } = found;
  const arg = annotation.args[index];
  if (diagnostic.code === 'unknown-rule' && typeof diagnostic.data?.suggestion === 'string') {
    return [{ title: `Change to '${diagnostic.data.suggestion}'`, edits: [{ range: arg.range, newText: diagnostic.data.suggestion }], isPreferred: true }];
  }
  if (diagnostic.code !== 'unused-allow') return [];
  if (annotation.args.length === 1) {
    // On a line of its own the whole line goes; before the statement on the same line, up to the statement.
    const alone = next.line > annotation.range.end.line;
    return [{ title: `Remove the unused @allow(${arg.name})`, isPreferred: true, automatic: true,
      edits: [alone ? deleteLines(annotation) : { range: { start: annotation.range.start, end: next }, newText: '' }] }];
  }
  // Remove the id with the comma that joins it to its neighbour.
  const range = index < annotation.args.length - 1
    ? { start: arg.range.start, end: annotation.args[index + 1].range.start }
    : { start: annotation.args[index - 1].range.end, end: arg.range.end };
  return [{ title: `Remove '${arg.name}' from the @allow`, isPreferred: true, automatic: true, edits: [{ range, newText: '' }] }];
}

/** Every fix for one diagnostic of the analysis: the rule's own fix, then "Suppress with @allow(id)". */
export function ruleFixes(model: DesignModel, diagnostic: Diagnostic): Fix[] {
  if (diagnostic.code === 'unknown-rule' || diagnostic.code === 'unused-allow') return allowFixes(model, diagnostic);
  if (!isRuleId(diagnostic.code)) return [];
  const fixes: Fix[] = [];
  const rule = ruleById(diagnostic.code);
  const own = rule?.quickFix?.({ model, diagnostic, component: componentOf(model, diagnostic), connection: connectionOf(model, diagnostic) });
  if (own) fixes.push({ ...own, automatic: own.automatic && !rule?.structural });
  const statement = statementOf(model, diagnostic);
  if (statement) {
    fixes.push({ title: `Suppress with @allow(${diagnostic.code})`, edits: [lineBefore(statement, `@allow(${diagnostic.code}, "reason")`)] });
  }
  return fixes;
}

/**
 * Applies every automatic fix, one at a time, re-analysing after each so edits never collide.
 * `analyzeText` analyses the design with the root file's text replaced.
 */
export function fixAllText(text: string, analyzeText: (text: string) => Analysis): string {
  const tried = new Set<string>();
  let current = text;
  for (let round = 0; round < 200; round++) {
    const analysis = analyzeText(current);
    let applied = false;
    for (const diagnostic of analysis.diagnostics) {
      // A fix that did not remove its finding is not tried again (the round limit bounds the rest).
      const key = `${diagnostic.code}@${diagnostic.range.start.line}:${diagnostic.range.start.character}:${diagnostic.message}`;
      if (tried.has(key)) continue;
      const fix = ruleFixes(analysis.model, diagnostic).find((f) => f.automatic);
      if (!fix) continue;
      tried.add(key);
      current = applyEdits(current, fix.edits);
      applied = true;
      break;
    }
    if (!applied) break;
  }
  return current;
}
