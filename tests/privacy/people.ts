/**
 * Made-up people with checksum-valid numbers (the ID check characters and card Luhn digits were computed by
 * hand, not by the code under test). Shared by the privacy and attachment tests.
 */
export const PEOPLE = [
  { name: '张三', id: '110101199003077571', mobile: '13800138000', card: '6228480402564890018' },
  { name: '李四', id: '440304198511121235', mobile: '15912345678', card: '622202100112345678' },
  { name: '王五', id: '11010519491231002X', mobile: '18688889999', card: '4111111111111111' },
] as const;

/** Every full number above: none of them may appear in any report. */
export const FULL_NUMBERS: readonly string[] = PEOPLE.flatMap((p) => [p.id, p.mobile, p.card]);

/** A person published the compliant way. */
export const MASKED_PERSON = { name: '赵六', id: '110***********1234', mobile: '138****5678' } as const;
