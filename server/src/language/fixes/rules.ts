// Quick fixes for best-practice findings and @allow problems: pure edit computations over the resolved model.
import type { Annotation, ComponentDecl, ConnectionStatement, Located, Position, Statement } from '../ast';
import type { Analysis } from '../analysis';
import type { Diagnostic } from '../diagnostics';
import type { Component, Connection, DesignModel } from '../model';
import { rangeOf, stringOf } from '../properties';
import { isRuleId, type RuleId } from '../rules/ids';
import { readersOf } from '../rules/read-heavy-without-cache';
import { SECURE_PROTOCOL } from '../rules/insecure-public-traffic';
import { encodeString } from '../strings';
import { isConnection, isScale, subjectById } from '../subjects';
import { addProperties, applyEdits, blockText, deleteLines, lineBefore, linesAfter, setProperty, type BlockSite, type TextEdit } from './rulesEdits';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: editors apply it with a single key. */
  isPreferred?: boolean;
  /** Safe to apply without looking (fix-all): it only adds or changes properties. */
  automatic?: boolean;
}

/** Rules whose quick fix changes the structure of the design (new components, removals): never applied by fix-all. */
const STRUCTURAL: ReadonlySet<RuleId> = new Set(['missing-load-balancer', 'read-heavy-without-cache', 'orphan-component']);

function componentSite(component: Component): BlockSite {
  const decl = component.decl;
  return { block: decl.block, anchor: decl.label ?? decl.id, column: decl.range.start.character };
}

function connectionSite(statement: ConnectionStatement): BlockSite {
  const lastHop = statement.hops[statement.hops.length - 1];
  const anchor: Located = statement.label ?? lastHop?.targets[lastHop.targets.length - 1] ?? statement.source;
  return { block: statement.block, anchor, column: statement.range.start.character };
}

/** Where the declaration keyword starts (after any annotations): the column new sibling lines take. */
function declColumn(decl: ComponentDecl): number {
  return decl.kindToken.range.start.character;
}

function freeId(model: DesignModel, wanted: string): string {
  if (!model.elements.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!model.elements.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function componentOf(model: DesignModel, diagnostic: Diagnostic): Component | undefined {
  const subject = diagnostic.subject === undefined ? undefined : subjectById(model, diagnostic.subject);
  return subject && !isScale(subject) && !isConnection(subject) && subject.type === 'component' && subject.uri === diagnostic.uri ? subject : undefined;
}

function connectionOf(model: DesignModel, diagnostic: Diagnostic): Connection | undefined {
  const subject = diagnostic.subject === undefined ? undefined : model.connectionById.get(diagnostic.subject);
  return subject?.uri === diagnostic.uri ? subject : undefined;
}

/** The statement a finding sits on, for `@allow`. */
function statementOf(model: DesignModel, diagnostic: Diagnostic): Statement | undefined {
  const component = componentOf(model, diagnostic);
  if (component) return component.decl;
  const connection = connectionOf(model, diagnostic);
  if (connection) return connection.statement;
  if (model.scale && model.scale.uri === diagnostic.uri) return model.scale.block;
  return undefined;
}

function propertyFix(title: string, edit: TextEdit): Fix {
  return { title, edits: [edit], isPreferred: true, automatic: true };
}

/** The rule's own fix for a finding, if it has one. */
function ruleFix(model: DesignModel, id: RuleId, diagnostic: Diagnostic): Fix | undefined {
  const component = componentOf(model, diagnostic);
  const connection = connectionOf(model, diagnostic);
  switch (id) {
    case 'database-single-point-of-failure':
      return component && propertyFix('Add replicas: 2', setProperty(componentSite(component), component.properties.get('replicas'), 'replicas', '2'));
    case 'service-single-instance':
    case 'single-load-balancer':
      return component && propertyFix('Add instances: 2', setProperty(componentSite(component), component.properties.get('instances'), 'instances', '2'));
    case 'cache-without-expiry':
      return component && propertyFix('Add ttl: 1h and eviction: allkeys-lru', addProperties(componentSite(component), [['ttl', '1h'], ['eviction', 'allkeys-lru']]));
    case 'queue-without-dlq': {
      if (!component) return undefined;
      const dlq = freeId(model, `${component.id}-dlq`);
      const engine = stringOf(component.properties, 'engine');
      const label = encodeString(component.label ? `${component.label} (dead letters)` : 'Dead letters');
      const declaration = `${component.kind} ${dlq} ${label}${engine ? ` ${blockText([`engine: ${engine}`], 0)}` : ''}`;
      return {
        title: `Create ${component.kind} '${dlq}' and set dlq: ${dlq}`, isPreferred: true, automatic: true,
        edits: [addProperties(componentSite(component), [['dlq', dlq]]), linesAfter(component.decl, declColumn(component.decl), [declaration])],
      };
    }
    case 'missing-load-balancer': {
      if (!connection || connection.to.type !== 'component') return undefined;
      const service = connection.to;
      const statement = connection.statement;
      // Rewiring a ref in the middle of a chain (`a -> svc -> db`) would cut the chain: only the last hop is rewired.
      const lastHop = statement.hops[statement.hops.length - 1];
      if (!lastHop.targets.includes(connection.toRef)) return undefined;
      const lb = freeId(model, `${service.id}-lb`);
      const column = declColumn(service.decl);
      const declaration = `loadbalancer ${lb} ${encodeString(`Load balancer for ${service.label ?? service.id}`)} ${blockText(['instances: 2', 'health_check: 30s', 'rate_limit: 100/s'], column)}`;
      return {
        title: `Insert load balancer '${lb}' in front of '${service.id}'`, isPreferred: true,
        // A service imported from another file: the edits are all in this file, so the new balancer goes after the connection.
        edits: service.uri === diagnostic.uri ? [
          linesAfter(service.decl, column, [declaration]),
          { range: connection.toRef.range, newText: lb },
          linesAfter(statement, statement.source.range.start.character, [`${lb} -> ${service.id}`]),
        ] : [
          { range: connection.toRef.range, newText: lb },
          linesAfter(statement, statement.source.range.start.character, [declaration, `${lb} -> ${service.id}`]),
        ],
      };
    }
    case 'missing-rate-limit':
      // Only gateways and load balancers take a rate limit; a service entry needs one put in front of it.
      if (!component || (component.kind !== 'gateway' && component.kind !== 'loadbalancer')) return undefined;
      return propertyFix('Add rate_limit: 100/s', addProperties(componentSite(component), [['rate_limit', '100/s']]));
    case 'insecure-public-traffic': {
      const protocol = connection?.properties.get('protocol');
      const secure = protocol?.value && SECURE_PROTOCOL[stringOf(connection!.properties, 'protocol') ?? ''];
      return protocol?.value && secure ? propertyFix(`Use protocol: ${secure}`, { range: protocol.value.range, newText: secure }) : undefined;
    }
    case 'read-heavy-without-cache': {
      if (!component) return undefined;
      const cache = freeId(model, `${component.id}-cache`);
      const column = declColumn(component.decl);
      const declaration = `cache ${cache} ${encodeString(`Cache for ${component.label ?? component.id}`)} ${blockText(['engine: redis', 'ttl: 1h', 'eviction: allkeys-lru', 'pattern: cache-aside'], column)}`;
      const edits: TextEdit[] = [linesAfter(component.decl, column, [declaration])];
      for (const reader of readersOf(component)) {
        const reads = reader.outgoing.find((c) => c.to === component && c.uri === component.uri);
        const statement = reads?.statement;
        const line = `${reader.id} -> ${cache} : "read through the cache"`;
        edits.push(statement ? linesAfter(statement, statement.source.range.start.character, [line]) : linesAfter(component.decl, column, [line]));
      }
      return { title: `Add cache '${cache}' in front of '${component.id}' and connect its readers`, isPreferred: true, edits };
    }
    case 'under-provisioned': {
      const needed = diagnostic.data?.needed;
      if (!component || typeof needed !== 'number') return undefined;
      const autoscale = rangeOf(component.properties, 'autoscale');
      const site = componentSite(component);
      if (autoscale) return propertyFix(`Set autoscale: ${autoscale.min}..${needed}`, setProperty(site, component.properties.get('autoscale'), 'autoscale', `${autoscale.min}..${needed}`));
      return propertyFix(`Set instances: ${needed}`, setProperty(site, component.properties.get('instances'), 'instances', String(needed)));
    }
    case 'sharding-without-key':
      return component && propertyFix('Add shard_key: id', addProperties(componentSite(component), [['shard_key', 'id']]));
    case 'missing-health-check':
      return component && propertyFix('Add health_check: 30s', addProperties(componentSite(component), [['health_check', '30s']]));
    case 'missing-timeout':
      return connection && propertyFix('Add timeout: 2s', addProperties(connectionSite(connection.statement), [['timeout', '2s']]));
    case 'database-without-backup':
      return component && propertyFix('Add backup: 1d', addProperties(componentSite(component), [['backup', '1d']]));
    case 'orphan-component':
      return component && { title: `Remove '${component.id}'`, edits: [deleteLines(component.decl)] };
    default:
      return undefined;
  }
}

interface AnnotationSpot {
  annotation: Annotation;
  index: number;
  /** Where what follows the annotation starts: the next annotation or the statement itself. */
  next: Position;
}

function bodyStart(statement: Statement): Position {
  switch (statement.type) {
    case 'component': return statement.kindToken.range.start;
    case 'connection': return statement.source.range.start;
    default: return statement.keyword.range.start;
  }
}

function annotationAround(model: DesignModel, diagnostic: Diagnostic): AnnotationSpot | undefined {
  const file = model.files.get(diagnostic.uri);
  if (!file) return undefined;
  const visit = (statements: Statement[]): AnnotationSpot | undefined => {
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
  return visit(file.statements);
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
  const own = ruleFix(model, diagnostic.code, diagnostic);
  if (own) fixes.push({ ...own, automatic: own.automatic && !STRUCTURAL.has(diagnostic.code) });
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
