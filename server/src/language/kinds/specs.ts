// Value specs (what a property's value must be) and the small constructors the kind descriptors write them with.
import type { ComponentKind, Dimension } from '../ast';

/** What a property's value must be; drives validation, completion and hover. */
export type ValueSpec =
  | { type: 'enum'; values: readonly string[] }
  | { type: 'openEnum'; values: readonly string[] }
  /** `orTrue`: `true` also says the feature is there, its figure not stated (`rate_limit: true`). */
  | { type: 'quantity'; dimensions: readonly Dimension[]; min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean; orTrue?: boolean }
  | { type: 'boolean' }
  | { type: 'string' }
  | { type: 'text' }
  /** `groups`: a group's ID is accepted too (a view's `include`, or only groups with no kinds: `collapse`). */
  | { type: 'reference'; kinds: readonly ComponentKind[]; groups?: boolean }
  | { type: 'range'; min: number }
  /** `alone`: one item may also be written without the brackets (`derived_from: db` or `derived_from: [db, blobs]`). */
  | { type: 'list'; of: ValueSpec; alone?: boolean };

export const count = (min: number): ValueSpec => ({ type: 'quantity', dimensions: ['number'], min, integer: true });
export const duration: ValueSpec = { type: 'quantity', dimensions: ['duration'], min: 0, exclusiveMin: true };
export const rate: ValueSpec = { type: 'quantity', dimensions: ['rate'], min: 0, exclusiveMin: true };
export const size: ValueSpec = { type: 'quantity', dimensions: ['size'], min: 0, exclusiveMin: true };
export const percent: ValueSpec = { type: 'quantity', dimensions: ['percent'], min: 0, max: 100 };
export const bool: ValueSpec = { type: 'boolean' };
export const text: ValueSpec = { type: 'text' };
export const enumOf = (...values: string[]): ValueSpec => ({ type: 'enum', values });
/** An engine list sysd knows; another engine is an information-level `unknown-engine`, never an error. */
export const engines = (...values: string[]): ValueSpec => ({ type: 'openEnum', values });
export const reference = (...kinds: ComponentKind[]): ValueSpec => ({ type: 'reference', kinds });
/** One reference, or a list of them. */
export const references = (...kinds: ComponentKind[]): ValueSpec => ({ type: 'list', of: reference(...kinds), alone: true });
export const rateOrTrue: ValueSpec = { type: 'quantity', dimensions: ['rate'], min: 0, exclusiveMin: true, orTrue: true };
export const intervalOrTrue: ValueSpec = { type: 'quantity', dimensions: ['duration'], min: 0, exclusiveMin: true, orTrue: true };
/** Run redundantly by the provider (an AWS ELB, SQS, S3, Route 53): no single point of failure whatever its instances. */
export const managed: ValueSpec = bool;
/** The auth schemes a gateway or a service can check. */
export const auth = enumOf('none', 'jwt', 'oauth2', 'api_key', 'mtls', 'session');
