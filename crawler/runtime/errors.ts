/** Exit codes of the govcheck CLI (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  veto: 2,
  badInput: 3,
  /** The start page could not be fetched: verdict 无法访问, nothing judged. */
  unreachable: 4,
} as const;

/** Bad arguments or configuration: the run never starts; the message says what to change (zh / en). */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'UsageError';
  }
}
