import { UsageError } from '../runtime/errors.ts';
import { CRAWL_OPTIONS, flagName, type OptionSpec } from './option-table.ts';

/**
 * The one judgement of crawl option values, for flags and config keys alike (so `--retries 50` and
 * `retries: 50` are refused with the same words). Every problem names both spellings and a value to write.
 */
export function assertCrawlOptions(values: object): void {
  const given = values as Readonly<Record<string, unknown>>;
  const problems = CRAWL_OPTIONS.filter((spec) => given[spec.key] !== undefined)
    .map((spec) => optionProblem(spec, given[spec.key]))
    .filter((p): p is { zh: string; en: string } => p !== undefined);
  if (problems.length) throw new UsageError(problems.map((p) => p.zh).join('；'), problems.map((p) => p.en).join('; '));
}

/** What is wrong with one value, or undefined when it is fine. */
export function optionProblem(spec: OptionSpec, value: unknown): { zh: string; en: string } | undefined {
  const rule = expectation(spec);
  if (rule.accepts(value)) return undefined;
  const flag = flagName(spec);
  const names = flag ? `${flag}（配置文件 ${spec.key}）` : `配置文件 ${spec.key}`;
  const namesEn = flag ? `${flag} (config: ${spec.key})` : `config key ${spec.key}`;
  const got = JSON.stringify(value);
  const example = exampleValue(spec);
  const write =
    flag && !flag.startsWith('--no-') && spec.kind.type !== 'boolean'
      ? `${flag} ${Array.isArray(example) ? example.join(',') : String(example)}`
      : undefined;
  const config = `"${spec.key}": ${JSON.stringify(example)}`;
  return {
    zh: `${names}应为 ${rule.zh}，收到 ${got}；请写成例如 ${write ? `${write} 或 ` : ''}${config}`,
    en: `${namesEn} must be ${rule.en}, got ${got}; write for example ${write ? `${write} or ` : ''}${config}`,
  };
}

interface Expectation {
  zh: string;
  en: string;
  accepts(value: unknown): boolean;
}

function expectation({ kind }: OptionSpec): Expectation {
  switch (kind.type) {
    case 'int': {
      const { min, max } = kind;
      return {
        zh: max === undefined ? `不小于 ${min} 的整数` : `${min} 到 ${max} 之间的整数`,
        en: max === undefined ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`,
        accepts: (v) => Number.isInteger(v) && (v as number) >= min && (max === undefined || (v as number) <= max),
      };
    }
    case 'enum':
      return {
        zh: `${kind.choices.join('、')} 之一`,
        en: `one of ${kind.choices.join(', ')}`,
        accepts: (v) => typeof v === 'string' && kind.choices.includes(v),
      };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false', accepts: (v) => typeof v === 'boolean' };
    case 'string':
      return kind.pattern
        ? {
            zh: `形如 ${kind.example} 的文字`,
            en: `text like ${kind.example}`,
            accepts: (v) => typeof v === 'string' && kind.pattern!.test(v),
          }
        : { zh: '文字', en: 'text', accepts: (v) => typeof v === 'string' };
    case 'list':
    case 'variadic':
      return {
        zh: '文字列表',
        en: 'a list of texts',
        accepts: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
      };
  }
}

function exampleValue(spec: OptionSpec): unknown {
  const { kind } = spec;
  if (kind.type === 'string' && kind.example) return kind.example;
  if (spec.default !== undefined && !(Array.isArray(spec.default) && !spec.default.length)) return spec.default;
  if (kind.type === 'int') return kind.min;
  if (kind.type === 'enum') return kind.choices[0];
  return kind.type === 'list' || kind.type === 'variadic' ? ['…'] : '…';
}
