// Quantities: the unit table, normalisation to seconds, bytes and per-second, and clear errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatDuration, formatNumber, parseQuantity } from '../../server/src/language/quantities';

function value(text: string) {
  const parsed = parseQuantity(text);
  assert.ok(parsed.ok, `${text} parses`);
  return parsed.quantity;
}

test('plain numbers and magnitudes', () => {
  assert.equal(value('3').value, 3);
  assert.equal(value('2.5').value, 2.5);
  assert.equal(value('1_000').value, 1000);
  assert.equal(value('10M').value, 10e6);
  assert.equal(value('116k').value, 116e3);
  assert.equal(value('2K').value, 2e3);
  assert.equal(value('1G').value, 1e9);
  assert.equal(value('3T').value, 3e12);
  assert.equal(value('-1').value, -1);
  assert.equal(value('10M').dimension, 'number');
});

test('durations normalise to seconds', () => {
  const cases: Array<[string, number]> = [['100ms', 0.1], ['30s', 30], ['5m', 300], ['5min', 300], ['1h', 3600], ['1d', 86400], ['2w', 1209600], ['1y', 31536000]];
  for (const [text, seconds] of cases) {
    assert.equal(value(text).dimension, 'duration', text);
    assert.equal(value(text).value, seconds, text);
  }
});

test('sizes normalise to bytes, decimal and binary', () => {
  const cases: Array<[string, number]> = [['500B', 500], ['1KB', 1e3], ['3MB', 3e6], ['4GB', 4e9], ['91TB', 91e12], ['6PB', 6e15],
    ['1KiB', 1024], ['1MiB', 1024 ** 2], ['2GiB', 2 * 1024 ** 3], ['1TiB', 1024 ** 4], ['1PiB', 1024 ** 5]];
  for (const [text, bytes] of cases) {
    assert.equal(value(text).dimension, 'size', text);
    assert.equal(value(text).value, bytes, text);
  }
});

test('rates normalise to per second; B before a rate is billions', () => {
  assert.equal(value('1160/s').value, 1160);
  assert.equal(value('10/min').value, 10 / 60);
  assert.equal(value('36/h').value, 0.01);
  assert.ok(Math.abs(value('100M/day').value - 1157.407) < 0.001);
  assert.equal(value('25B/day').dimension, 'rate');
  assert.ok(Math.abs(value('25B/day').value - 25e9 / 86400) < 1e-6);
  assert.equal(value('5k/s').value, 5000);
});

test('data rates, percentages and factors', () => {
  assert.equal(value('10Gbps').dimension, 'dataRate');
  assert.equal(value('10Gbps').value, 10e9 / 8);
  assert.equal(value('100GB/day').dimension, 'dataRate');
  assert.ok(Math.abs(value('100GB/day').value - 100e9 / 86400) < 1e-6);
  assert.equal(value('99.99%').dimension, 'percent');
  assert.equal(value('99.99%').value, 99.99);
  assert.equal(value('5x').dimension, 'factor');
  assert.equal(value('5x').value, 5);
});

test('unknown units are errors that list the table', () => {
  const bad = parseQuantity('3abc');
  assert.equal(bad.ok, false);
  assert.match((bad as { message: string }).message, /Unknown unit 'abc' in '3abc'/);
  assert.match((bad as { message: string }).message, /KiB/);
  // `/week` is a rate unit since language version 2.
  const badRate = parseQuantity('10/fortnight');
  assert.match((badRate as { message: string }).message, /expected \/s, \/min, \/h, \/day, \/week, \/month or \/year/);
  assert.equal(parseQuantity('1__0').ok, false);
});

test('formatting for hovers', () => {
  assert.equal(formatNumber(1157.407), '1,157');
  assert.equal(formatBytes(91e12), '91 TB');
  assert.equal(formatDuration(3600), '1 h');
  assert.equal(formatDuration(0.1), '100 ms');
});

test('rates per week, month (30 days) and year (365 days), for counts and data sizes', () => {
  const near = (text: string, expected: number) => assert.ok(Math.abs(value(text).value - expected) <= expected * 1e-12, text);
  near('7/week', 1 / 86400);
  assert.equal(value('300M/month').dimension, 'rate');
  near('300M/month', 300e6 / (30 * 86400));
  assert.equal(value('300M/month').unit, 'M/month');
  near('365/year', 1 / 86400);
  assert.equal(value('1.5TB/month').dimension, 'dataRate');
  near('1.5TB/month', 1.5e12 / (30 * 86400));
  near('2PB/year', 2e15 / (365 * 86400));
  assert.ok(value('300M/month').value < value('100M/day').value, 'rates compare per second');
  const bad = parseQuantity('5/fortnight');
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.message, /expected \/s, \/min, \/h, \/day, \/week, \/month or \/year\./);
});
