// The registry: one line per check, sorted by id. Adding a check: its folder plus one line here.

export { a11yAxe } from './a11y-axe/index.ts';
export { a11yCaptchaAlt } from './a11y-captcha-alt/index.ts';
export { a11yElderEntry } from './a11y-elder-entry/index.ts';
export { a11yPopupClose } from './a11y-popup-close/index.ts';
export { a11yTextSize } from './a11y-text-size/index.ts';
export { attachmentReadable } from './attachment-readable/index.ts';
export { columnEmpty } from './column-empty/index.ts';
export { columnMissing } from './column-missing/index.ts';
export { columnStale } from './column-stale/index.ts';
export { ipv6Support } from './ipv6-support/index.ts';
export { linkBroken } from './link-broken/index.ts';
export { linkWrong } from './link-wrong/index.ts';
export { messageUnanswered } from './message-unanswered/index.ts';
export { policyInterpretation } from './policy-interpretation/index.ts';
export { privacyExposure } from './privacy-exposure/index.ts';
export { siteInfo } from './site-info/index.ts';
export { spamCloaking } from './spam-cloaking/index.ts';
export { spamLink } from './spam-link/index.ts';
export { spamLinkTarget } from './spam-link-target/index.ts';
export { spamTemplate } from './spam-template/index.ts';
export { spamText } from './spam-text/index.ts';
export { typoConfusion } from './typo-confusion/index.ts';
export { typoFormat } from './typo-format/index.ts';
export { typoScript } from './typo-script/index.ts';
export { typoSerious } from './typo-serious/index.ts';
