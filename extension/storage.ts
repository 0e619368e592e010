import { storage } from 'wxt/utils/storage';
import type { Report } from '../shared/model/report.ts';
import { EMPTY_MARKS, type Marks } from './marks.ts';

/** "不是错别字" terms and "已确认" finding ids; v1 is the first stored shape. */
export const marksItem = storage.defineItem<Marks>('local:marks', {
  fallback: EMPTY_MARKS,
  version: 1,
});

/** The imported crawler report (one at a time; importing another replaces it). */
export const reportItem = storage.defineItem<Report | null>('local:report', {
  fallback: null,
  version: 1,
});
