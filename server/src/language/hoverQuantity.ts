// Hover text for numbers with units and for the scale block: normalised values and back-of-the-envelope derivations.
import type { Quantity } from './ast';
import { estimate, type Estimate, type Figure } from './estimate';
import type { PropertyMap } from './model';
import { numberOf, rangeOf } from './properties';
import { formatBytes, formatCount, formatDuration, formatNumber, PER, PER_NAMES } from './quantities';
import type { Owner } from './schema';

/** Where a quantity is written, for derivations that depend on its meaning. */
export interface QuantityContext {
  property?: string;
  owner?: Owner;
  /** The design's scale properties (peak factor, writes for a ratio). */
  scale?: PropertyMap;
  /** The properties next to this one (capacity for autoscale). */
  siblings?: PropertyMap;
}

const perSecond = (value: number) => `${formatNumber(value)}/s`;

/** Like formatDuration, but long spans read in years and weeks (retention `5y`, not "1830 d"). */
export function humanDuration(seconds: number): string {
  const year = 365 * 86400;
  if (Math.abs(seconds) >= year) return `${Number((seconds / year).toPrecision(3))} y`;
  if (Math.abs(seconds) >= 7 * 86400 && seconds % (7 * 86400) === 0) return `${seconds / (7 * 86400)} w`;
  return formatDuration(seconds);
}

/** Rates that describe the design's traffic, so peaks apply to them. */
function isTraffic(context: QuantityContext): boolean {
  return (context.owner === 'scale' && (context.property === 'reads' || context.property === 'writes' || context.property === 'requests')) ||
    (context.owner === 'connection' && context.property === 'qps');
}

function peakFactorOf(scale: PropertyMap | undefined): number | undefined {
  const factor = scale ? numberOf(scale, 'peak_factor') : undefined;
  return factor !== undefined && factor > 1 ? factor : undefined;
}

/** Allowed downtime lines for an availability percentage. */
export function downtimeLines(percent: number): string[] {
  const down = 1 - percent / 100;
  return [
    `- allowed downtime: **${formatDuration(down * 365 * 86400)} per year**, ${formatDuration(down * 30 * 86400)} per month (30 days), ${formatDuration(down * 86400)} per day`,
  ];
}

/** The writes and reads derived from `requests` and the ratio, with their arithmetic; none when they are given. */
function splitLines(derived: Estimate): string[] {
  const { writes, reads } = derived;
  if (writes?.source !== 'derived' || reads?.source !== 'derived' || !writes.how.startsWith('requests')) return [];
  return [`- writes = ${writes.how} = **${perSecond(writes.value)}**`, `- reads = ${reads.how} = **${perSecond(reads.value)}**`];
}

/** Markdown lines explaining one quantity: its normalised value and what follows from it. */
export function quantityLines(quantity: Quantity, context: QuantityContext = {}): string[] {
  const lines: string[] = [];
  const written = `\`${quantity.text}\``;
  switch (quantity.dimension) {
    case 'rate': {
      const per = quantity.unit.split('/')[1];
      if (per !== 's') lines.push(`${written} = ${formatNumber(quantity.magnitude)} ${PER_NAMES[per] ?? 'per second'} ≈ **${perSecond(quantity.value)}** on average (÷ ${formatNumber(PER[per])} s)`);
      else lines.push(`${written} = **${perSecond(quantity.value)}** = ${formatCount(quantity.value * 86400)} per day`);
      const factor = peakFactorOf(context.scale);
      if (factor && isTraffic(context)) {
        lines.push(`- at peak: **≈ ${perSecond(quantity.value * factor)}** (× ${formatNumber(factor)} \`peak_factor\`)`);
      }
      if (context.property === 'capacity') lines.push('- per instance: multiply by the instance count for the component\'s total');
      if (context.owner === 'scale' && context.property === 'requests') lines.push(...splitLines(estimate(context.scale)));
      break;
    }
    case 'dataRate': {
      const per = quantity.unit.split('/')[1];
      // Written per week, month or year: the period as written first, then what it means per second and per day.
      const asWritten = per !== undefined && PER[per] > 86400 ? ` = ${formatBytes(quantity.magnitude)} ${PER_NAMES[per]}` : '';
      lines.push(`${written}${asWritten} ≈ **${formatBytes(quantity.value)}/s** = ${formatBytes(quantity.value * 86400)} per day`);
      if (context.property === 'storage_growth') lines.push(`- ≈ ${formatBytes(quantity.value * 365 * 86400)} per year`);
      break;
    }
    case 'size': {
      const bytes = `${Math.round(quantity.value).toLocaleString('en-US')} bytes`;
      const binary = /iB$/.test(quantity.unit);
      lines.push(`${written} = **${bytes}**${binary ? ` ≈ ${formatBytes(quantity.value)} (binary units: powers of 1024)` : quantity.unit === 'B' ? '' : ' (decimal units: powers of 1000)'}`);
      break;
    }
    case 'duration':
      lines.push(`${written} = **${formatNumber(quantity.value, 3)} s**${quantity.value >= 60 || quantity.value < 1 ? ` (${humanDuration(quantity.value)})` : ''}`);
      break;
    case 'percent':
      lines.push(`${written} = ${formatNumber(quantity.value / 100, 6)} as a fraction`);
      if (context.property === 'availability' || context.property === 'sla') lines.push(...downtimeLines(quantity.value));
      break;
    case 'factor':
      lines.push(context.property === 'peak_factor'
        ? `${written}: the busiest moment carries **${formatNumber(quantity.value)} ×** the average load; capacity is sized for the peak`
        : `${written} = × ${formatNumber(quantity.value)}`);
      break;
    case 'number':
      if (quantity.unit !== '') lines.push(`${written} = **${formatNumber(quantity.value)}**`);
      if (context.property === 'read_write_ratio') {
        lines.push(`${written}: ${formatNumber(quantity.value)} reads for every write${quantity.value >= 10 ? ' — read-heavy, so cache' : ''}`);
        const derived = estimate(context.scale);
        const split = splitLines(derived);
        if (split.length > 0) lines.push(...split);
        else if (derived.reads?.source === 'derived') lines.push(`- reads = ${derived.reads.how} = **${perSecond(derived.reads.value)}**`);
      }
      if (lines.length === 0) lines.push(`${written} = ${formatNumber(quantity.value)}`);
      break;
  }
  return lines;
}

/** Lines for an instance range such as `autoscale: 3..20`. */
export function rangeLines(range: { min: number; max: number }, context: QuantityContext = {}): string[] {
  const lines = [`between **${range.min}** and **${range.max}** instances`];
  const capacity = context.siblings ? numberOf(context.siblings, 'capacity') : undefined;
  if (capacity !== undefined) {
    lines.push(`- total capacity ${perSecond(capacity * range.min)} at minimum, **${perSecond(capacity * range.max)}** at maximum (× \`capacity\` ${perSecond(capacity)})`);
  }
  return lines;
}

/** The instance count to plan with: the maximum of `autoscale`, else `instances`. */
export function maxInstancesOf(properties: PropertyMap): number | undefined {
  return rangeOf(properties, 'autoscale')?.max ?? numberOf(properties, 'instances');
}

interface Row {
  label: string;
  figure: Figure | undefined;
  show: (value: number) => string;
}

function rowsOf(result: Estimate): Row[] {
  const count = (value: number) => formatCount(value);
  const rate = perSecond;
  return [
    { label: 'Registered users', figure: result.users, show: count },
    { label: 'Daily active users', figure: result.dau, show: count },
    { label: 'Monthly active users', figure: result.mau, show: count },
    { label: 'Concurrent users', figure: result.concurrentUsers, show: count },
    { label: 'Requests (average)', figure: result.requests, show: rate },
    { label: 'Writes (average)', figure: result.writes, show: rate },
    { label: 'Reads (average)', figure: result.reads, show: rate },
    { label: 'Read : write ratio', figure: result.readWriteRatio, show: (v) => `${formatNumber(v)} : 1` },
    { label: 'Peak factor', figure: result.peakFactor, show: (v) => `${formatNumber(v)}×` },
    { label: 'Writes at peak', figure: result.peakWrites, show: rate },
    { label: 'Reads at peak', figure: result.peakReads, show: rate },
    { label: 'Requests at peak', figure: result.peakTotal, show: rate },
    { label: 'Storage growth', figure: result.storageGrowth, show: (v) => `${formatBytes(v)}/s (${formatBytes(v * 86400)}/day)` },
    { label: 'Retention', figure: result.retention, show: humanDuration },
    { label: 'Storage', figure: result.storage, show: formatBytes },
    { label: 'Bandwidth', figure: result.bandwidth, show: (v) => `${formatBytes(v)}/s` },
    { label: 'Availability', figure: result.availability, show: (v) => `${v}%` },
    { label: 'Downtime budget / year', figure: result.downtimePerYear, show: formatDuration },
    { label: 'Downtime budget / month', figure: result.downtimePerMonth, show: formatDuration },
    { label: 'Downtime budget / day', figure: result.downtimePerDay, show: formatDuration },
    { label: 'Latency p99', figure: result.latencyP99, show: formatDuration },
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The whole back-of-the-envelope estimate of a scale block as a Markdown table. */
export function estimateMarkdown(scale: PropertyMap): string {
  const result = estimate(scale);
  const rows = rowsOf(result).filter((row) => row.figure && !(row.label === 'Peak factor' && row.figure.source === 'derived' && !result.peakTotal));
  const lines = ['**scale** — the back-of-the-envelope estimate of this design', ''];
  if (rows.length === 0) {
    lines.push('Nothing to estimate yet: add `dau`, `writes`, `read_write_ratio`, `peak_factor`, `storage` or `availability`.');
    return lines.join('\n');
  }
  lines.push('| | value | how |', '| --- | ---: | --- |');
  for (const row of rows) {
    const figure = row.figure as Figure;
    const how = figure.source === 'given' ? `given: \`${figure.how.split(' = ')[0]}\`` : figure.how;
    lines.push(`| ${row.label} | **${cell(row.show(figure.value))}** | ${cell(how)} |`);
  }
  if (result.reads && result.writes) {
    lines.push('', result.reads.value >= 10 * result.writes.value
      ? 'Read-heavy: put a cache in front of the database.'
      : 'Write-heavy or balanced: size the write path (sharding, queues) first.');
  }
  return lines.join('\n');
}
