import type { Finding, Severity } from '../shared/model/finding.ts';

/** 单项否决 / 严重 / 一般 / 提示, with the English, for places without the extension's locale files. */
export const SEVERITY_TEXT: Record<Severity, { zh: string; en: string }> = {
  veto: { zh: '单项否决', en: 'veto' },
  major: { zh: '严重', en: 'major' },
  minor: { zh: '一般', en: 'minor' },
  info: { zh: '提示', en: 'info' },
};

/** C2: a weak signal (疑似) waiting for a person; never counted with the problems. */
export const isSuspect = (f: Finding): boolean => f.outcome === 'incomplete' && f.data?.suspect === true;

/** Occurrences of one grouped finding (C1): its count, else its listed locations, else one. */
export const occurrenceCount = (f: Finding): number => f.count ?? f.locations?.length ?? 1;
