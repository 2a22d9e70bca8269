// Typed reads of property values from the resolved model (rules, hovers and the diagram use these).
import type { Quantity, Value } from './ast';
import type { PropertyMap } from './model';
import { valueWord } from './schema';

export function valueOf(properties: PropertyMap, name: string): Value | undefined {
  return properties.get(name)?.value;
}

export function quantityOf(properties: PropertyMap, name: string): Quantity | undefined {
  const value = valueOf(properties, name);
  return value?.type === 'quantity' ? value.quantity : undefined;
}

/** The normalised number of a quantity property (seconds, bytes, per second, plain count). */
export function numberOf(properties: PropertyMap, name: string): number | undefined {
  return quantityOf(properties, name)?.value;
}

export function wordOf(properties: PropertyMap, name: string): string | undefined {
  const value = valueOf(properties, name);
  return value ? valueWord(value) : undefined;
}

export function booleanOf(properties: PropertyMap, name: string): boolean | undefined {
  const value = valueOf(properties, name);
  return value?.type === 'boolean' ? value.value : undefined;
}

export function stringOf(properties: PropertyMap, name: string): string | undefined {
  const value = valueOf(properties, name);
  if (value?.type === 'string') return value.value;
  if (value?.type === 'identifier') return value.name;
  return undefined;
}

export function rangeOf(properties: PropertyMap, name: string): { min: number; max: number } | undefined {
  const value = valueOf(properties, name);
  return value?.type === 'range' ? { min: value.min, max: value.max } : undefined;
}
