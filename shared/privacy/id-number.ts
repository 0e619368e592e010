import { isValidDate } from '../text/dates.ts';

// GB 11643-1999: ISO 7064 MOD 11-2 weights for the first 17 digits, and the check character per remainder.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// First two digits: provinces (GB/T 2260) plus 71/81/82/83 (Taiwan, Hong Kong, Macao residence permits).
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

const SHAPE = /^\d{17}[\dXx]$/;

/** The check character an 18-digit resident ID number must end with, given its first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** yyyy-mm-dd of the birth date inside an ID-shaped string, or undefined when it is no real date. */
export function idBirthDate(value: string): string | undefined {
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !isValidDate(year, month, day)) return undefined;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/**
 * True for a plausible 18-digit resident ID number (公民身份号码): province code, a real birth date not after
 * `latestBirth` (yyyy-mm-dd), and — unless `checksum` is false — the right check character.
 */
export function isResidentIdNumber(value: string, latestBirth = '2099-12-31', checksum = true): boolean {
  if (!SHAPE.test(value) || !PROVINCES.has(Number(value.slice(0, 2)))) return false;
  const birth = idBirthDate(value);
  if (!birth || birth > latestBirth) return false;
  return !checksum || idCheckChar(value) === value[17].toUpperCase();
}
