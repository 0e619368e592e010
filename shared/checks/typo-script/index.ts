import { definePageCheck } from '../define-check.ts';
import { scanBlocks, type Detector } from '../../text/scan-blocks.ts';
import { detectScriptErrors, traditionalScript } from './detect.ts';

const detectScript: Detector = ({ text }) => detectScriptErrors(text);

/** 简→繁 conversion errors and simplified characters on traditional-script pages. */
export const typoScript = definePageCheck({
  id: 'typo-script',
  category: 'typo',
  title: { zh: '繁体页面简繁转换错误', en: 'Simplified→traditional conversion errors' },
  description: {
    zh: '在繁体页面中查找一简对多繁的转换错误（乾部、頭發、皇後）和混入的简体字。',
    en:
      'On traditional-script pages, finds one-to-many conversion errors (乾部, 頭發, 皇後) and simplified ' +
      'characters mixed in.',
  },
  indicators: ['NAT-P9'],
  severity: 'minor',
  messages: {
    conversion: {
      zh: '繁体转换错误：“{text}”应为“{suggestion}”',
      en: 'Conversion error: "{text}" should be "{suggestion}"',
    },
    'simplified-char': {
      zh: '繁体页面中混入简体字“{text}”，应为“{suggestion}”',
      en: 'Simplified character "{text}" on a traditional page; use "{suggestion}"',
    },
  },
  fix: {
    zh: '将“{text}”改为“{suggestion}”，并检查简繁转换流程（应按词转换）。',
    en: 'Replace "{text}" with "{suggestion}" and convert by phrase, not by character.',
  },
  uses: [traditionalScript],
  run(ctx) {
    return ctx.item(traditionalScript) ? scanBlocks(ctx, detectScript) : [];
  },
});
