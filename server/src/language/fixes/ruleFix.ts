// What a rule's own quick fix works with: the Fix shape, the finding it fixes, and where new text goes.
import type { ComponentDecl, ConnectionStatement, Located } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { Component, Connection, DesignModel } from '../model';
import { setProperty, type BlockSite, type TextEdit } from './rulesEdits';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: editors apply it with a single key. */
  isPreferred?: boolean;
  /** Safe to apply without looking (fix-all): it only adds or changes properties. */
  automatic?: boolean;
}

/** The finding a rule fixes, with its subject looked up by id (a component or connection of the finding's file). */
export interface FixContext {
  model: DesignModel;
  diagnostic: Diagnostic;
  component?: Component;
  connection?: Connection;
}

export function componentSite(component: Component): BlockSite {
  const decl = component.decl;
  return { block: decl.block, anchor: decl.label ?? decl.id, column: decl.range.start.character };
}

export function connectionSite(statement: ConnectionStatement): BlockSite {
  const lastHop = statement.hops[statement.hops.length - 1];
  const anchor: Located = statement.label ?? lastHop?.targets[lastHop.targets.length - 1] ?? statement.source;
  return { block: statement.block, anchor, column: statement.range.start.character };
}

/** Where the declaration keyword starts (after any annotations): the column new sibling lines take. */
export function declColumn(decl: ComponentDecl): number {
  return decl.kindToken.range.start.character;
}

/** `wanted`, or `wanted-2`, `wanted-3`… when that id is taken. */
export function freeId(model: DesignModel, wanted: string): string {
  if (!model.elements.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!model.elements.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** A fix that only sets properties: preferred, and safe for fix-all. */
export function propertyFix(title: string, edit: TextEdit): Fix {
  return { title, edits: [edit], isPreferred: true, automatic: true };
}

/** `instances: 2`, the fix of both single-instance rules (a service's and a load balancer's). */
export function twoInstances(component: Component): Fix {
  return propertyFix('Add instances: 2', setProperty(componentSite(component), component.properties.get('instances'), 'instances', '2'));
}
