// Rule missing-cdn: millions of web users and no CDN in the design.
import { stringOf } from '../properties';
import { formatCount } from '../quantities';
import { defineRule } from './define';
import { clients, ofKind } from './graph';

/** Daily active users from which static content should come from the edge. */
export const CDN_DAU = 1_000_000;
/** Registered users from which the same holds when the design gives no daily figure. */
export const CDN_USERS = 10_000_000;

export const rule = defineRule({
  meta: {
    id: 'missing-cdn',
    category: 'performance',
    severity: 'info',
    description: 'The design has web clients, `scale.dau` ≥ 1M (or `scale.users` ≥ 10M) and no `cdn`.',
  },
  check({ model, estimate, explain }) {
    const dau = estimate.dau?.value;
    const users = estimate.users?.value;
    const audience = dau !== undefined && dau >= CDN_DAU ? `${formatCount(dau)} daily users`
      : users !== undefined && users >= CDN_USERS ? `${formatCount(users)} users` : undefined;
    if (audience === undefined || ofKind(model, 'cdn').length > 0) return [];
    const web = clients(model).filter((c) => stringOf(c.properties, 'type') === 'web');
    // One finding on each web client: each is where a user would reach the edge first.
    return web.map((client) => ({
      subject: client,
      message: explain(
        `The design has ${audience} on the web and no CDN in front of web client '${client.id}'.`,
        `Add a \`cdn\` in front of the entry (\`${client.id} -> cdn -> …\`) for static content and media.`),
    }));
  },
});
