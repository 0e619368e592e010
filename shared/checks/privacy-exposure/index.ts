import { tallyExposure, type KindExposure } from '../../privacy/exposure.ts';
import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';

/** Default for option minMobiles: fewer distinct mobile numbers on a page without ID or card numbers pass. */
export const DEFAULT_MIN_MOBILES = 3;
const MAX_PLACES = 5;

function toResult(e: KindExposure): CheckResult {
  return {
    messageId: e.kind,
    // One finding per page and kind; the numbers themselves never enter the fingerprint.
    fingerprint: e.kind,
    location: { selector: e.places[0], offset: e.offset, snippet: e.sample, context: e.context },
    data: {
      kind: e.kind,
      count: e.count,
      distinct: e.distinct,
      masked: e.masked,
      sample: e.sample,
      places: e.places.slice(0, MAX_PLACES),
      placeCount: e.places.length,
    },
  };
}

/** Unmasked resident ID, bank card and mobile numbers in page and attachment text. */
export const privacyExposure = definePageCheck({
  id: 'privacy-exposure',
  category: 'privacy',
  title: { zh: '个人信息未去标识化', en: 'Personal numbers not de-identified' },
  description: {
    zh: '查找页面和附件文字中完整公开的公民身份号码、银行卡号和手机号码（已打码的形式视为合规）。',
    en:
      'Finds resident ID, bank card and mobile numbers published in full in page and attachment text (masked ' +
      'forms comply).',
  },
  indicators: ['PRIV-1'],
  severity: 'major',
  options: {
    schema: {
      minMobiles: {
        type: 'integer',
        minimum: 1,
        description: '无证件号的页面至少几个手机号才报告 / distinct mobiles needed on a page without ID numbers',
      },
    },
    defaults: { minMobiles: DEFAULT_MIN_MOBILES },
  },
  messages: {
    'id-number': {
      zh: '发现 {count} 处完整的公民身份号码（{distinct} 个不同号码），示例 {sample}，位置：{places}',
      en: '{count} full resident ID numbers ({distinct} different), e.g. {sample}, at: {places}',
    },
    'bank-card': {
      zh: '发现 {count} 处完整的银行卡号（{distinct} 个不同号码），示例 {sample}，位置：{places}',
      en: '{count} full bank card numbers ({distinct} different), e.g. {sample}, at: {places}',
    },
    mobile: {
      zh: '发现 {count} 处完整的个人手机号码（{distinct} 个不同号码），示例 {sample}，位置：{places}',
      en: '{count} full personal mobile numbers ({distinct} different), e.g. {sample}, at: {places}',
    },
  },
  fix: {
    zh: '对公开内容中的个人信息去标识化处理（如 110***********1234、138****5678），或撤下原文件后重新发布。',
    en:
      'De-identify personal numbers before publishing (e.g. 110***********1234, 138****5678), or withdraw and ' +
      're-publish the file.',
  },
  run({ page, asOf, options }) {
    const minMobiles = Number(options.minMobiles ?? DEFAULT_MIN_MOBILES);
    const exposures = tallyExposure(page.textBlocks, asOf);
    // Next to ID or card numbers, even one mobile number belongs to a list of people.
    const listOfPeople = exposures.some((e) => e.kind !== 'mobile');
    return exposures.filter((e) => e.kind !== 'mobile' || listOfPeople || e.distinct >= minMobiles).map(toResult);
  },
});
