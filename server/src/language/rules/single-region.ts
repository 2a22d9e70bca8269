// Rule single-region: a 99.99% availability target with fewer than two regions.
import { stringOf } from '../properties';
import { defineRule } from './define';

/** Availability from which one region cannot be enough. */
export const MULTI_REGION_AVAILABILITY = 99.99;

export const rule = defineRule({
  meta: {
    id: 'single-region',
    category: 'reliability',
    severity: 'info',
    description: '`scale.availability` ≥ 99.99% with fewer than two groups of `kind: region`.',
  },
  check({ model, estimate, explain }) {
    const availability = estimate.availability?.value;
    const scale = model.scale;
    if (!scale || availability === undefined || availability < MULTI_REGION_AVAILABILITY) return [];
    const regions = model.groups.filter((g) => stringOf(g.properties, 'kind') === 'region');
    if (regions.length >= 2) return [];
    return [{
      subject: scale,
      // Shown on the availability figure that asks for more than one region can give.
      range: scale.properties.get('availability')?.value?.range,
      message: explain(
        `The design targets ${availability}% availability but runs in ${regions.length === 1 ? `one region ('${regions[0].id}')` : 'no declared region'}.`,
        'Run in at least two regions: two groups with `kind: region`, with replication and failover between them.'),
      related: regions.map((region) => ({ subject: region, message: `region '${region.id}'` })),
    }];
  },
});
