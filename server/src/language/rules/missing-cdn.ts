// Rule missing-cdn: millions of web users and no CDN in the design.
import { stringOf } from '../properties';
import { formatCount } from '../quantities';
import { defineRule } from './define';
import { clients, ofKind } from './graph';

/** Daily active users from which static content should come from the edge. */
export const CDN_DAU = 1_000_000;

export const rule = defineRule({
  meta: {
    id: 'missing-cdn',
    category: 'performance',
    severity: 'info',
    description: 'The design has web clients, `scale.dau` ≥ 1M and no `cdn`.',
  },
  check({ model, estimate, explain }) {
    const dau = estimate.dau?.value;
    if (dau === undefined || dau < CDN_DAU || ofKind(model, 'cdn').length > 0) return [];
    const web = clients(model).filter((c) => stringOf(c.properties, 'type') === 'web');
    // One finding, on the first web client: the design as a whole lacks the CDN.
    if (web.length === 0) return [];
    return [{
      subject: web[0],
      message: explain(
        `The design has ${formatCount(dau)} daily users on the web and no CDN.`,
        `Add a \`cdn\` in front of the entry (\`${web[0].id} -> cdn -> …\`) for static content and media.`),
      related: web.slice(1).map((client) => ({ subject: client, message: `web client '${client.id}'` })),
    }];
  },
});
