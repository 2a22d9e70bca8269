// "What if this fails?" for the editor: the element under the cursor, the lenses that ask, and one answer holding the
// failure impact, what the clients still reach, the broken flows' failing steps and the single points of failure.
import type { Position, Range } from '../ast';
import type { CodeLens } from '../codeLens';
import { rangeContains } from '../locate';
import type { DesignModel, Element } from '../model';
import { failureImpact, failureSet, type FailureImpact } from './failure';
import { flowsOf } from './flows';
import { reachedFrom, requestPaths, sortedIds } from './paths';
import { singlePointsOfFailure, type SpofReport } from './spof';

/** The client command that shows a failure on the preview: arguments are the element ID and the file's uri. */
export const WHAT_IF_FAILS = 'sysd.whatIfFails';

export const WHAT_IF_TITLE = 'What if this fails?';

/** The ends of the first failing step of a broken flow. */
export interface FailingStep {
  flow: string;
  step: number;
  from: string;
  to: string;
}

export interface WhatIf {
  /** Undefined when no known ID was given (only the single points of failure are answered). */
  impact?: FailureImpact;
  /** Components some client still reaches with the failed ones down: an unreachable one not in here is lost to all. */
  stillReached: string[];
  steps: FailingStep[];
  /** IDs asked for that the design does not declare. */
  unknown: string[];
  spof: SpofReport;
}

/** The components and groups declared in `uri`, in declaration order. */
export function elementsIn(model: DesignModel, uri: string): Element[] {
  return [...model.elements.values()].filter((element) => element.uri === uri);
}

/** The innermost component or group of `uri` whose declaration holds `position`. */
export function elementAtPosition(model: DesignModel, uri: string, position: Position): Element | undefined {
  let found: Element | undefined;
  for (const element of elementsIn(model, uri)) {
    if (!rangeContains(element.decl.range, position)) continue;
    // Declarations nest (a group holds its members): the one that starts last is the innermost.
    if (!found || rangeContains(found.decl.range, element.decl.range.start)) found = element;
  }
  return found;
}

/** Where the lens of an element sits: its kind keyword (`service`, `group`), like the other lenses. */
export function lensRangeOf(element: Element): Range {
  return element.type === 'component' ? element.decl.kindToken.range : element.decl.keyword.range;
}

/** What stops working with the elements named by `ids` down, and the design's single points of failure. */
export function whatIf(model: DesignModel, ids: readonly string[]): WhatIf {
  const known: Element[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const element = model.elements.get(id);
    if (element) known.push(element);
    else unknown.push(id);
  }
  const spof = singlePointsOfFailure(model);
  if (known.length === 0) return { stillReached: [], steps: [], unknown, spof };
  const down = failureSet(known);
  const flows = flowsOf(model);
  const impact = failureImpact(model, down, flows);
  const still = new Set(requestPaths(model).flatMap(({ client }) => [...reachedFrom(client, down)]));
  const steps = impact.flows.flatMap(({ flow, step }) => {
    const found = step === undefined ? undefined : flows.find((f) => f.id === flow)?.steps[step - 1];
    return found && step !== undefined ? [{ flow, step, from: found.from.id, to: found.to.id }] : [];
  });
  return { impact, stillReached: sortedIds(still), steps, unknown, spof };
}

/** A "What if this fails?" lens above every component and group of `uri`. */
export function whatIfLensesOf(model: DesignModel, uri: string): CodeLens[] {
  return elementsIn(model, uri).map((element) => ({
    range: lensRangeOf(element), title: 'what if this fails?', command: { id: WHAT_IF_FAILS, arguments: [element.id, uri] },
  }));
}
