import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import {
  AUDIO_ALTERNATIVE,
  CAPTCHA_IMAGE_TEXT,
  CAPTCHA_IMAGE_URL,
  PUZZLE_CAPTCHA,
  SMS_ALTERNATIVE,
} from './patterns.ts';

/** Image and slider CAPTCHAs with no audio alternative (GB/T 37668 recommends a voice CAPTCHA). */
export const a11yCaptchaAlt = definePageCheck({
  id: 'a11y-captcha-alt',
  category: 'a11y',
  title: { zh: '图形验证码无替代方式', en: 'Image CAPTCHA without an alternative' },
  description: {
    zh: '查找图形验证码和滑块／拼图验证码，检查页面是否提供语音等其他感官可感知的替代方式。',
    en: 'Finds image and slider CAPTCHAs and checks the page offers an audio (or other non-visual) alternative.',
  },
  indicators: ['A11Y-2', 'A11Y-1'],
  severity: 'major',
  messages: {
    'image-captcha': {
      zh: '图形验证码没有语音等替代方式：{target}',
      en: 'Image CAPTCHA without an audio or other alternative: {target}',
    },
    'puzzle-captcha': {
      zh: '滑块／拼图验证码没有语音等替代方式（“{text}”）',
      en: 'Slider or puzzle CAPTCHA without an audio or other alternative ("{text}")',
    },
    'sms-only': {
      zh: '图形验证码仅有短信验证作为替代，需人工确认是否满足要求：{target}',
      en: 'Image CAPTCHA whose only alternative is SMS verification; review by hand: {target}',
    },
  },
  fix: {
    zh: '为验证码提供语音验证码或其他非视觉的替代验证方式，并为验证码图片提供说明其用途的替代文本。',
    en: 'Offer an audio CAPTCHA or another non-visual alternative, and label the CAPTCHA image.',
  },
  run({ page }) {
    if (AUDIO_ALTERNATIVE.test(page.html)) return [];
    const smsOnly = SMS_ALTERNATIVE.test(page.html);
    const results: CheckResult[] = [];
    const seen = new Set<string>();
    for (const link of page.links) {
      if (link.element !== 'img' || link.attribute !== 'src' || seen.has(link.path)) continue;
      if (!CAPTCHA_IMAGE_URL.test(link.raw) && !CAPTCHA_IMAGE_TEXT.test(link.text)) continue;
      seen.add(link.path);
      results.push({
        messageId: smsOnly ? 'sms-only' : 'image-captcha',
        outcome: smsOnly ? 'incomplete' : 'fail',
        ...(smsOnly ? { severity: 'info' as const } : {}),
        axeRuleId: 'govcheck-captcha-alt',
        target: link.url,
        location: { selector: link.path, element: 'img', attribute: 'src', snippet: link.raw },
      });
    }
    const puzzle = PUZZLE_CAPTCHA.exec(page.html);
    if (puzzle)
      results.push({
        messageId: 'puzzle-captcha',
        axeRuleId: 'govcheck-captcha-alt',
        text: puzzle[0],
        location: { snippet: puzzle[0] },
      });
    return results;
  },
});
