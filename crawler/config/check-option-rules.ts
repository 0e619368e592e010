import Ajv, { type ValidateFunction } from 'ajv';
import { CHECKS } from '../../shared/checks/index.ts';
import { checkOptionsJsonSchema } from './check-options-schema.ts';
import { UsageError } from '../runtime/errors.ts';
import { schemaProblems } from './schema-problems.ts';

let validator: ValidateFunction | undefined;

/**
 * Refuses unknown check ids (in `checks` or as `checkOptions` keys) and options a check does not declare or
 * with a value its schema refuses; each problem names the key. Run once, when the options are resolved.
 */
export function assertCheckSelection(checks: readonly string[], checkOptions: Record<string, unknown>): void {
  const known = CHECKS.map((c) => c.id);
  const unknown = checks.filter((id) => !known.includes(id));
  if (unknown.length) {
    throw new UsageError(
      `未知的检查项：${unknown.join(', ')}（可用：${known.join(', ')}）`,
      `Unknown checks: ${unknown.join(', ')} (known: ${known.join(', ')})`,
    );
  }
  // Nothing to judge (the common case) spares compiling every check's option schema at start-up.
  if (!Object.keys(checkOptions).length) return;
  validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(checkOptionsJsonSchema());
  if (validator(checkOptions)) return;
  const { zh, en } = schemaProblems(validator.errors ?? [], 'checkOptions');
  throw new UsageError(`检查选项有误：${zh.join('；')}`, `Bad check options: ${en.join('; ')}`);
}
