// Numbers with units: the fixed unit table, parsing into normalised values, and human formatting.
import type { Dimension, Quantity } from './ast';

/** A unit table without a prototype: a suffix such as `constructor` is simply unknown. */
function units(entries: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}

/** Magnitude suffixes (counts). `B` is a magnitude (billions) only before a rate unit: `25B/day`. */
export const MAGNITUDES = units({ k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 });
/** Durations, normalised to seconds. */
export const DURATIONS = units({
  ms: 0.001, s: 1, m: 60, min: 60, h: 3600, d: 86400, w: 7 * 86400, y: 365 * 86400,
});
/** Data sizes, normalised to bytes: decimal (powers of 1000) and binary (powers of 1024). */
export const SIZES = units({
  B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15,
  KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4, PiB: 1024 ** 5,
});
/** Bit rates, normalised to bytes per second. */
export const BIT_RATES = units({ bps: 1 / 8, Kbps: 1e3 / 8, Mbps: 1e6 / 8, Gbps: 1e9 / 8, Tbps: 1e12 / 8 });
/** Rate denominators, in seconds: a month is 30 days and a year 365 (spec, "Numbers and quantities"). */
export const PER = units({ s: 1, min: 60, h: 3600, day: 86400, week: 7 * 86400, month: 30 * 86400, year: 365 * 86400 });
/** What each denominator reads as in hovers: "per month (30 days)". */
export const PER_NAMES: Readonly<Record<string, string>> = {
  s: 'per second', min: 'per minute', h: 'per hour', day: 'per day',
  week: 'per week', month: 'per month (30 days)', year: 'per year (365 days)',
};

const PER_LIST = Object.keys(PER).map((per) => `/${per}`);

export const UNIT_TABLE_TEXT =
  'plain number (3, 2.5, 1_000); magnitude k/K M B/G T; duration ms s m/min h d w y; ' +
  `size B KB MB GB TB PB KiB MiB GiB TiB PiB; rate ${PER_LIST.join(' ')} (10/s, 100M/day, 300M/month, 25B/day); ` +
  'data rate 100GB/day, 1.5TB/month or 10Gbps; percent 99.9%; factor 5x; range 2..20';

export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; message: string };

const NUMBER = /^(-?\d[\d_]*(?:\.\d[\d_]*)?)(.*)$/;

function make(text: string, dimension: Dimension, magnitude: number, unit: string, factor: number, integer: boolean): QuantityParse {
  return { ok: true, quantity: { text, dimension, magnitude, unit, value: magnitude * factor, integer } };
}

// The same few quantities (`2`, `30s`, `10k/s`) fill a design: parse each text once. Results are never modified.
const parsedQuantities = new Map<string, QuantityParse>();

export function parseQuantity(text: string): QuantityParse {
  let parsed = parsedQuantities.get(text);
  if (parsed === undefined) {
    // Bounded: a pasted file of random numbers must not grow the cache without end.
    if (parsedQuantities.size >= 4096) parsedQuantities.clear();
    parsedQuantities.set(text, (parsed = parseQuantityText(text)));
  }
  return parsed;
}

function parseQuantityText(text: string): QuantityParse {
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, message: `'${text}' is not a number.` };
  const digits = match[1];
  if (/_$|__|_\./.test(digits)) return { ok: false, message: `'${text}': '_' may only separate digits, as in 1_000.` };
  const number = Number(digits.replace(/_/g, ''));
  const suffix = match[2];
  const isInteger = !digits.includes('.');
  const [unitPart, perPart, ...more] = suffix.split('/');
  if (more.length > 0) return { ok: false, message: `'${text}' has more than one '/'.` };

  if (perPart !== undefined) {
    const per = PER[perPart];
    if (per === undefined) {
      return { ok: false, message: `Unknown rate unit '/${perPart}' in '${text}': expected ${PER_LIST.slice(0, -1).join(', ')} or ${PER_LIST[PER_LIST.length - 1]}.` };
    }
    if (unitPart === '') return make(text, 'rate', number, `/${perPart}`, 1 / per, isInteger);
    if (MAGNITUDES[unitPart] !== undefined) {
      return make(text, 'rate', number * MAGNITUDES[unitPart], `${unitPart}/${perPart}`, 1 / per, isInteger);
    }
    if (SIZES[unitPart] !== undefined) {
      return make(text, 'dataRate', number * SIZES[unitPart], `${unitPart}/${perPart}`, 1 / per, isInteger);
    }
    return { ok: false, message: `Unknown unit '${unitPart}' in '${text}'. Units: ${UNIT_TABLE_TEXT}.` };
  }
  if (suffix === '') return make(text, 'number', number, '', 1, isInteger);
  if (suffix === '%') return make(text, 'percent', number, '%', 1, false);
  if (suffix === 'x') return make(text, 'factor', number, 'x', 1, false);
  if (SIZES[suffix] !== undefined) return make(text, 'size', number, suffix, SIZES[suffix], isInteger);
  if (MAGNITUDES[suffix] !== undefined) return make(text, 'number', number * MAGNITUDES[suffix], suffix, 1, isInteger);
  if (DURATIONS[suffix] !== undefined) return make(text, 'duration', number, suffix, DURATIONS[suffix], false);
  if (BIT_RATES[suffix] !== undefined) return make(text, 'dataRate', number, suffix, BIT_RATES[suffix], false);
  return { ok: false, message: `Unknown unit '${suffix}' in '${text}'. Units: ${UNIT_TABLE_TEXT}.` };
}

const DIMENSION_NAMES: Record<Dimension, string> = {
  number: 'a number',
  duration: 'a duration (e.g. 30s, 1h)',
  size: 'a data size (e.g. 512MB, 2GiB)',
  rate: 'a rate (e.g. 100/s, 10M/day, 300M/month)',
  dataRate: 'a data rate (e.g. 10Gbps, 100GB/day, 1.5TB/month)',
  percent: 'a percentage (e.g. 99.9%)',
  factor: 'a factor (e.g. 5x)',
};

export function describeDimension(dimension: Dimension): string {
  return DIMENSION_NAMES[dimension];
}

// toLocaleString builds a formatter per call (~100 µs); hovers and inlay hints format hundreds of numbers.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234567.8 → "1,234,568"; small values keep up to `digits` decimals. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toFixed(digits));
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(rounded);
}

/** A compact count: 1_157 → "1.16k", 2.3e9 → "2.3B". */
export function formatCount(value: number): string {
  const units: Array<[number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return formatNumber(value);
}

export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [[1e15, 'PB'], [1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB']];
  for (const [size, suffix] of units) {
    if (Math.abs(bytes) >= size) return `${Number((bytes / size).toPrecision(3))} ${suffix}`;
  }
  return `${formatNumber(bytes)} B`;
}

export function formatDuration(seconds: number): string {
  const units: Array<[number, string]> = [[86400, 'd'], [3600, 'h'], [60, 'min'], [1, 's']];
  for (const [size, suffix] of units) {
    if (Math.abs(seconds) >= size) return `${Number((seconds / size).toPrecision(3))} ${suffix}`;
  }
  return `${Number((seconds * 1000).toPrecision(3))} ms`;
}

export function formatQuantity(quantity: Quantity): string {
  switch (quantity.dimension) {
    case 'duration': return formatDuration(quantity.value);
    case 'size': return formatBytes(quantity.value);
    case 'rate': return `${formatNumber(quantity.value)}/s`;
    case 'dataRate': return `${formatBytes(quantity.value)}/s`;
    case 'percent': return `${quantity.value}%`;
    case 'factor': return `${quantity.value}×`;
    default: return formatNumber(quantity.value);
  }
}
