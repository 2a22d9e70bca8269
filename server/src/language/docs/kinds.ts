// Hover documentation for each component kind: the text lives in each kind's descriptor (language/kinds/).
import { perKind } from '../kinds';

export type { KindDoc } from '../kinds/types';

export const kindDocs = perKind((kind) => kind.doc);
