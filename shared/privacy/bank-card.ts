/** Luhn (mod 10) check over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * True for a plausible payment card number: 16–19 digits, an issuer prefix of the card schemes issued in
 * China (3 JCB/AmEx, 4 Visa, 5 Mastercard, 6 UnionPay), and a valid Luhn check digit.
 */
export function isBankCardNumber(digits: string): boolean {
  return /^[3-6]\d{15,18}$/.test(digits) && luhnValid(digits);
}
