/** Report formats by name, kept apart from the writers so that naming one does not load Excel, Word and Chromium. */
export const REPORT_FORMATS = ['json', 'html', 'xlsx', 'docx', 'pdf', 'csv'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (name: string): name is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(name);
