// Back-of-the-envelope derivations from the scale block: per-second rates, peaks, storage, downtime budgets.
import type { PropertyMap } from './model';
import { numberOf, quantityOf } from './properties';
import { formatBytes, formatDuration, formatNumber } from './quantities';

/** One derived or given figure, with how it was obtained (shown in hovers and `sysd estimate`). */
export interface Figure {
  value: number;
  /** `given` when written in the scale block, `derived` when computed from other figures. */
  source: 'given' | 'derived';
  /** How it was obtained, e.g. "100M/day ÷ 86,400 s". */
  how: string;
}

export interface Estimate {
  /** Registered users. */
  users?: Figure;
  dau?: Figure;
  mau?: Figure;
  concurrentUsers?: Figure;
  /** Average requests per second, reads and writes together. */
  requests?: Figure;
  /** Average writes per second. */
  writes?: Figure;
  /** Average reads per second. */
  reads?: Figure;
  readWriteRatio?: Figure;
  /** The factor applied for peaks; 1 (and `derived`) when the design gives none. */
  peakFactor: Figure;
  peakWrites?: Figure;
  peakReads?: Figure;
  /** Reads + writes at peak: the load on the entry of the design. */
  peakTotal?: Figure;
  storage?: Figure;
  storageGrowth?: Figure;
  retention?: Figure;
  bandwidth?: Figure;
  availability?: Figure;
  /** Allowed downtime in seconds for the availability target. */
  downtimePerYear?: Figure;
  downtimePerMonth?: Figure;
  downtimePerDay?: Figure;
  latencyP99?: Figure;
}

const perSecond = (value: number) => `${formatNumber(value)}/s`;

function given(properties: PropertyMap, name: string): Figure | undefined {
  const quantity = quantityOf(properties, name);
  if (!quantity) return undefined;
  return { value: quantity.value, source: 'given', how: quantity.text };
}

function givenRate(properties: PropertyMap, name: string): Figure | undefined {
  const quantity = quantityOf(properties, name);
  if (!quantity) return undefined;
  const how = quantity.unit.endsWith('/s') ? quantity.text : `${quantity.text} = ${perSecond(quantity.value)}`;
  return { value: quantity.value, source: 'given', how };
}

export function estimate(scale: PropertyMap | undefined): Estimate {
  const properties = scale ?? new Map();
  const result: Estimate = {
    users: given(properties, 'users'),
    dau: given(properties, 'dau'),
    mau: given(properties, 'mau'),
    concurrentUsers: given(properties, 'concurrent_users'),
    requests: givenRate(properties, 'requests'),
    writes: givenRate(properties, 'writes'),
    reads: givenRate(properties, 'reads'),
    readWriteRatio: given(properties, 'read_write_ratio'),
    peakFactor: given(properties, 'peak_factor') ?? { value: 1, source: 'derived', how: 'no peak_factor given: peak = average' },
    storage: given(properties, 'storage'),
    storageGrowth: given(properties, 'storage_growth'),
    retention: given(properties, 'retention'),
    bandwidth: given(properties, 'bandwidth'),
    availability: given(properties, 'availability'),
    latencyP99: given(properties, 'latency_p99'),
  };
  const ratio = result.readWriteRatio?.value;
  const requests = result.requests?.value;
  // All requests split by the ratio (spec, scale block): writes are one part in ratio + 1, reads the rest.
  if (!result.reads && !result.writes && requests !== undefined && ratio !== undefined) {
    const writes = requests / (ratio + 1);
    result.writes = { value: writes, source: 'derived', how: `requests ${perSecond(requests)} ÷ (ratio ${formatNumber(ratio)} + 1)` };
    result.reads = { value: requests - writes, source: 'derived', how: `requests ${perSecond(requests)} − writes ${perSecond(writes)}` };
  }
  if (!result.reads && result.writes && ratio !== undefined) {
    result.reads = { value: result.writes.value * ratio, source: 'derived', how: `writes ${perSecond(result.writes.value)} × ratio ${formatNumber(ratio)}` };
  }
  if (!result.writes && result.reads && ratio) {
    result.writes = { value: result.reads.value / ratio, source: 'derived', how: `reads ${perSecond(result.reads.value)} ÷ ratio ${formatNumber(ratio)}` };
  }
  if (!result.readWriteRatio && result.reads && result.writes && result.writes.value > 0) {
    result.readWriteRatio = { value: result.reads.value / result.writes.value, source: 'derived', how: 'reads ÷ writes' };
  }
  const factor = result.peakFactor.value;
  const peak = (figure: Figure | undefined, what: string): Figure | undefined =>
    figure && { value: figure.value * factor, source: 'derived', how: `${what} ${perSecond(figure.value)} × peak ${formatNumber(factor)}` };
  result.peakWrites = peak(result.writes, 'writes');
  result.peakReads = peak(result.reads, 'reads');
  if (result.peakReads || result.peakWrites) {
    const total = (result.peakReads?.value ?? 0) + (result.peakWrites?.value ?? 0);
    result.peakTotal = { value: total, source: 'derived', how: 'peak reads + peak writes' };
  } else if (result.requests) {
    result.peakTotal = peak(result.requests, 'requests');
  }
  if (!result.storage && result.storageGrowth && result.retention) {
    result.storage = {
      value: result.storageGrowth.value * result.retention.value, source: 'derived',
      how: `growth ${formatBytes(result.storageGrowth.value)}/s × retention ${formatDuration(result.retention.value)}`,
    };
  }
  const availability = result.availability?.value;
  if (availability !== undefined) {
    const down = 1 - availability / 100;
    const budget = (seconds: number, period: string): Figure => ({
      value: down * seconds, source: 'derived', how: `(100% − ${availability}%) × ${period}`,
    });
    result.downtimePerYear = budget(365 * 86400, '1 year');
    result.downtimePerMonth = budget(30 * 86400, '30 days');
    result.downtimePerDay = budget(86400, '1 day');
  }
  return result;
}

/** Peak writes per second of the design, if the scale block says enough to know. */
export function peakWrites(scale: PropertyMap | undefined): number | undefined {
  return estimate(scale).peakWrites?.value;
}

export function availabilityOf(scale: PropertyMap | undefined): number | undefined {
  return scale ? numberOf(scale, 'availability') : undefined;
}
