// Hover documentation for the properties of views and flows (language.md "Views" and "Flows").
import type { PropertyDoc } from './properties';

export const viewFlowPropertyDocs: Record<string, PropertyDoc> = {
  include: {
    summary: 'What a view shows: component or group IDs (a list).',
    markdown: 'The components a view shows, by ID; a group brings every member, nested ones included. Value: a list such as `include: [web, api, data]`. Added to what `kinds`, `tags` and `around` select; with none of the four, a view shows every component.',
  },
  kinds: {
    summary: 'A view shows every component of these kinds (a list of kind names).',
    markdown: 'Selects every component of the listed kinds, e.g. `kinds: [cache, database]` for a picture of the data layer. An unknown kind name is an error.',
  },
  around: {
    summary: 'A view shows the neighbourhood of this component or group (an ID).',
    markdown: 'Selects the components within `depth` connections of this one, following connections in both directions and of every arrow kind; a group starts from all its members. Value: an ID, e.g. `around: redirector`.',
  },
  depth: {
    summary: 'How many connections away from `around` a view reaches (a whole number, default 1).',
    markdown: 'With `around`: how far the neighbourhood reaches. `depth: 0` is the start alone, `depth: 1` adds what it talks to directly. Value: a whole number ≥ 0.',
  },
  exclude: {
    summary: 'What a view leaves out: component or group IDs (a list).',
    markdown: 'Removed from whatever the view selected; an excluded group removes all its members. Value: a list of IDs, e.g. `exclude: [analytics]`.',
  },
  collapse: {
    summary: 'Groups a view draws as one box (a list of group IDs).',
    markdown: 'Each listed group is drawn as a single box labelled with its title and member count; connections inside it are hidden, and those crossing its edge are drawn to the box, merged per pair and direction. Value: a list of group IDs.',
  },
  direction: {
    summary: 'The layout direction of a view (`right` or `down`).',
    markdown: 'Whether the view is laid out left to right (`right`) or top to bottom (`down`). Only the picture changes.',
  },
  latency_budget: {
    summary: 'How long a flow may take (a duration such as `100ms`).',
    markdown: "The response time the flow must stay within. Value: a duration such as `100ms`. The flow's latency (the sum of its `->` and `<->` steps' `latency`) over it fires `flow-over-latency-budget`; without it, the scale block's `latency_p99` stands in.",
  },
  availability_budget: {
    summary: 'How available a flow must be (a percent such as `99.9%`).',
    markdown: "The availability the flow must reach. Value: a percent such as `99.9%`. The product of the `availability`/`sla` of its components below it fires `flow-below-availability-budget`; without it, the scale block's `availability` stands in.",
  },
};
