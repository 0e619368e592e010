import { describe, expect, it } from 'vitest';
import { withReportSections } from '../../scripts/gen/report-sections.ts';
import { CHECKS } from '../../shared/checks/index.ts';
import { CRAWLER_SECTIONS } from '../../shared/model/report-sections.ts';

const STALE = '{\n  "properties": {\n    "sections": { "type": "object" }\n  },\n  "definitions": {}\n}\n';

describe("the report schema's sections", () => {
  it("lists the crawler's sections and each section a site check declares, with its description", () => {
    const schema = JSON.parse(withReportSections(STALE));
    const properties = schema.properties.sections.properties;
    const declaring = CHECKS.filter((c) => c.scope === 'site' && c.section).map((c) => c.id);
    expect(Object.keys(properties)).toEqual([...Object.keys(CRAWLER_SECTIONS), ...declaring]);
    expect(declaring).toEqual(
      expect.arrayContaining(['column-missing', 'column-empty', 'column-stale', 'link-broken']),
    );
    expect(properties['column-missing'].description).toMatch(/栏目树.*column tree/);
  });

  it('rewrites its own output to the same text', () => {
    const once = withReportSections(STALE);
    expect(withReportSections(once)).toBe(once);
  });
});
