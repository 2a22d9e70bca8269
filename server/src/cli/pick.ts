// `--view ID` / `--flow ID`: the view or flow a command draws, or a usage error naming the ones the design has.
import type { DesignModel, Flow, View } from '../language/model';
import { closest } from '../language/suggest';
import { UsageError } from './io';

function unknown(what: 'view' | 'flow', id: string, known: readonly { id: string }[]): UsageError {
  if (known.length === 0) return new UsageError(`no ${what} '${id}': the design has no ${what}s.`);
  const ids = known.map((k) => k.id);
  const suggestion = closest(id, ids);
  return new UsageError(`no ${what} '${id}' in the design; its ${what}s are ${ids.join(', ')}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`);
}

export function pickView(model: DesignModel, id: string): View {
  const view = model.viewById.get(id);
  if (!view) throw unknown('view', id, model.views);
  return view;
}

export function pickFlow(model: DesignModel, id: string): Flow {
  const flow = model.flowById.get(id);
  if (!flow) throw unknown('flow', id, model.flows);
  return flow;
}
