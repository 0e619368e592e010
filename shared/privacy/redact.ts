import { maskPersonalNumbers } from './mask.ts';

/**
 * A deep copy of a value (a finding, a whole report) with every personal number inside any string masked.
 * The safety net for evidence other checks quote: a typo's sentence or a link's URL can hold an ID number.
 */
export function redactPersonalNumbers<T>(value: T): T {
  return redact(value) as T;
}

function redact(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalNumbers(value);
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redact(inner)]));
  }
  return value;
}
