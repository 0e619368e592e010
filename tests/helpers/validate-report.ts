import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../shared/report/report.schema.json' with { type: 'json' };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Throws with every schema violation when the value is not a valid govcheck report. */
export function assertValidReport(report: unknown): void {
  if (!validate(report)) {
    throw new Error(
      `report does not match report.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`,
    );
  }
}
