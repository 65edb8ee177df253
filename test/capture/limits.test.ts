import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overLimitReason, timeoutReason, tooLargeReason } from '../../src/capture/limits.ts';

test('describes sizes over the limit in decimal megabytes', () => {
  assert.equal(tooLargeReason(240_000_000, 50_000_000), 'too large: 240 MB > 50 MB limit');
  assert.equal(tooLargeReason(50_000, 20_000), 'too large: 0.05 MB > 0.02 MB limit');
  assert.equal(tooLargeReason(1_500_000, 1_000_000), 'too large: 1.5 MB > 1 MB limit');
});

test('shows enough digits that a size just over the limit never reads as equal to it', () => {
  assert.equal(tooLargeReason(50_400_000, 50_000_000), 'too large: 50.4 MB > 50 MB limit');
  assert.equal(tooLargeReason(50_000_001, 50_000_000), 'too large: 50.000001 MB > 50 MB limit');
});

test('describes a stream cut off at the limit, and a timeout in seconds', () => {
  assert.equal(overLimitReason(50_000_000), 'too large: over the 50 MB limit');
  assert.equal(timeoutReason(30_000), 'timeout: no response within 30 s');
  assert.equal(timeoutReason(1500), 'timeout: no response within 1.5 s');
});
