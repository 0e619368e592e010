import { a11yAxe } from './a11y-axe/index.ts';
import { a11yCaptchaAlt } from './a11y-captcha-alt/index.ts';
import { a11yElderEntry } from './a11y-elder-entry/index.ts';
import { a11yPopupClose } from './a11y-popup-close/index.ts';
import { a11yTextSize } from './a11y-text-size/index.ts';
import { attachmentReadable } from './attachment-readable/index.ts';
import { columnEmpty } from './column-empty/index.ts';
import { columnMissing } from './column-missing/index.ts';
import { columnStale } from './column-stale/index.ts';
import { ipv6Support } from './ipv6-support/index.ts';
import { linkBroken } from './link-broken/index.ts';
import { linkWrong } from './link-wrong/index.ts';
import { messageUnanswered } from './message-unanswered/index.ts';
import { policyInterpretation } from './policy-interpretation/index.ts';
import { privacyExposure } from './privacy-exposure/index.ts';
import { siteInfo } from './site-info/index.ts';
import { spamCloaking } from './spam-cloaking/index.ts';
import { spamLink } from './spam-link/index.ts';
import { spamLinkTarget } from './spam-link-target/index.ts';
import { spamTemplate } from './spam-template/index.ts';
import { spamText } from './spam-text/index.ts';
import { typoConfusion } from './typo-confusion/index.ts';
import { typoFormat } from './typo-format/index.ts';
import { typoScript } from './typo-script/index.ts';
import { typoSerious } from './typo-serious/index.ts';
import type { CheckDefinition } from './types.ts';

/** Every check govcheck knows, sorted by id. Adding a check: its folder plus one line here. */
export const CHECKS: readonly CheckDefinition[] = [
  a11yAxe,
  a11yCaptchaAlt,
  a11yElderEntry,
  a11yPopupClose,
  a11yTextSize,
  attachmentReadable,
  columnEmpty,
  columnMissing,
  columnStale,
  ipv6Support,
  linkBroken,
  linkWrong,
  messageUnanswered,
  policyInterpretation,
  privacyExposure,
  siteInfo,
  spamCloaking,
  spamLink,
  spamLinkTarget,
  spamTemplate,
  spamText,
  typoConfusion,
  typoFormat,
  typoScript,
  typoSerious,
];

export const CHECK_BY_ID: ReadonlyMap<string, CheckDefinition> = new Map(CHECKS.map((c) => [c.id, c]));
