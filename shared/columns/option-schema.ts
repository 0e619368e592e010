import type { CheckOptionsSpec } from '../checks/check-options.ts';
import { SITE_TYPES } from '../profiles/types.ts';

const PERIOD = { type: 'string', pattern: '^\\d+[dmy]$' } as const;

/**
 * The options the three column checks share (config `columns`, or `checkOptions.column-*`; docs/columns.md).
 * No defaults here: columnOptions() fills them, some from the selected profiles.
 */
export const COLUMN_OPTIONS: CheckOptionsSpec = {
  schema: {
    siteType: { enum: SITE_TYPES, description: '网站类型 / site type (portal, department, township)' },
    profiles: { type: 'array', items: { type: 'object' }, description: '配置中自定义的指标集 / extra profiles' },
    columns: {
      type: 'array',
      items: { type: 'object' },
      description: '追加或覆盖的栏目 / extra or overriding columns',
    },
    windows: {
      type: 'object',
      additionalProperties: PERIOD,
      description: '按类别的更新时限，如 {"news": "10d"} / windows',
    },
    homeWindow: { ...PERIOD, description: '首页应有新内容的时限 / window for something new on the home page' },
    annualReportDeadline: {
      type: 'string',
      pattern: '^\\d{2}-\\d{2}$',
      description: '年报截止日 MM-DD / annual report deadline',
    },
    minConfidence: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: '栏目匹配最低置信度 / least match confidence',
    },
    thresholds: {
      type: 'object',
      additionalProperties: { type: 'number' },
      description: '单项否决阈值 / veto thresholds',
    },
    exclude: { type: 'array', items: { type: 'string' }, description: '本站不判断的栏目 id / column ids not judged' },
  },
  defaults: {},
};
