/**
 * Inspection indicators as data: id → official title, part and source. Imports nothing. Checks name these
 * ids; reports roll findings up by them. Wording is ours, summarised from 国办秘函〔2019〕19号 (national
 * indicators), 国办发〔2017〕47号 (政府网站发展指引) and the documents named in `source`.
 * `automation` says whether govcheck can judge the indicator alone ('auto'), partly ('partial'), or a person
 * must ('manual').
 */
export interface Indicator {
  id: string;
  title: string;
  titleEn: string;
  part: 'veto' | 'deduction' | 'bonus' | 'page-requirement' | 'accessibility' | 'disclosure';
  source: string;
  automation: 'auto' | 'partial' | 'manual';
}

const NATIONAL_2019 = '国办秘函〔2019〕19号';
const GUIDE_2017 = '国办发〔2017〕47号';

export const INDICATORS: readonly Indicator[] = [
  { id: 'NAT-V1', title: '严重表述错误、泄密、链接违法有害内容、安全攻击等严重问题', titleEn: 'Serious errors, leaks, harmful content or links, attacks', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V2', title: '站点无法访问', titleEn: 'Site unreachable', part: 'veto', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-V3', title: '首页不更新', titleEn: 'Home page not updated', part: 'veto', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-V4', title: '栏目不更新、空白栏目', titleEn: 'Columns not updated or blank', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V5', title: '互动回应差', titleEn: 'Poor interaction and response', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V6', title: '服务不实用', titleEn: 'Services not usable', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D20', title: '可用性：链接不可用（首页及其他页面的链接、图片、附件、外链）', titleEn: 'Usability: broken links, images, attachments', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D26', title: '链接已关停的政府网站域名', titleEn: 'Links to closed government domains', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-P2', title: '页面底部功能区：主办单位、网站标识码、ICP备案号、公安备案号、党政机关网站标识、找错入口', titleEn: 'Footer identification items', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P9', title: '信息发布准确，文字规范', titleEn: 'Information accurate and correctly written', part: 'page-requirement', source: GUIDE_2017, automation: 'partial' },
];

export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));
