import { InvalidArgumentError } from 'commander';

/** Parsers for option values, so a bad value is a usage error with a clear message. */

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number greater than 0');
  return n;
}

export function integerOption(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A share from 0 to 1: "0.9", ".9". */
export function probability(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.9');
  }
  return n;
}

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as the ledger stores it: an ISO prefix, to the precision the user means. */
export function isoDate(value: string): string {
  if (!ISO_PREFIX.test(value))
    throw new InvalidArgumentError('expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}
