import { definePageCheck } from '../define-check.ts';
import { scanBlocks } from '../../text/scan-blocks.ts';
import { detectFormalWriting } from './detect.ts';

/** Tier 3: formal-writing errors. */
export const typoFormat = definePageCheck({
  id: 'typo-format',
  category: 'typo',
  title: { zh: '公文格式与标点', en: 'Formal writing and punctuation' },
  description: {
    zh: '检查发文字号格式（GB/T 9704-2012）、不存在的日期、误重复的字、不成对的括号引号和中文句中的半角标点。',
    en:
      'Checks document numbers (GB/T 9704-2012), impossible dates, doubled characters, unpaired brackets and ' +
      'quotes, half-width punctuation in Chinese.',
  },
  indicators: ['NAT-P9'],
  severity: 'minor',
  messages: {
    'doc-number': {
      zh: '发文字号“{text}”格式不规范，应为“{suggestion}”（六角括号、四位年份、序号不编虚位、不加“第”）',
      en: 'Document number "{text}" is malformed; write "{suggestion}"',
    },
    'impossible-date': { zh: '日期“{text}”不存在，请核实', en: 'Date "{text}" does not exist' },
    doubled: {
      zh: '“{text}”疑似多打了一个字，建议改为“{suggestion}”',
      en: '"{text}" looks like a doubled character; suggest "{suggestion}"',
    },
    unpaired: { zh: '标点“{text}”不成对，缺少“{suggestion}”', en: 'Unpaired mark "{text}", missing "{suggestion}"' },
    halfwidth: {
      zh: '中文句中使用了半角标点“{text}”，建议改为“{suggestion}”',
      en: 'Half-width "{text}" inside Chinese text; use "{suggestion}"',
    },
  },
  fix: {
    zh: '按 GB/T 9704-2012、GB/T 15834-2011 修改“{text}”。',
    en: 'Fix "{text}" per GB/T 9704-2012 and GB/T 15834-2011.',
  },
  run: (ctx) => scanBlocks(ctx, detectFormalWriting),
});
