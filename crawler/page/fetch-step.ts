import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import { isAttachmentResponse, isAttachmentUrl } from '../attachments/attachment-format.ts';
import type { HttpClient, HttpResponse } from '../fetch/http-client.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import { toProbeResult } from '../links/link-prober.ts';
import { conditionalHeaders, type PageValidators } from '../store/page-validators.ts';

/** One fetched frontier entry: the response, the page's record so far, and what link checks learn from it. */
export interface FetchedPage {
  entry: FrontierEntry;
  response: HttpResponse;
  record: PageRecord;
  probe: ProbeResult;
  /** The response is a document (PDF, DOCX, XLSX …) rather than a web page, judged once from URL and headers. */
  attachment: boolean;
}

export async function fetchEntry(
  entry: FrontierEntry,
  client: HttpClient,
  settings: { attachmentMaxBytes: number; previous?: PageValidators },
): Promise<FetchedPage> {
  // Attachments may be larger than pages: the URL alone decides the cap, before any byte arrives.
  const cap = isAttachmentUrl(entry.url) ? settings.attachmentMaxBytes : undefined;
  const response = await client.fetch(entry.url, 'full', conditionalHeaders(settings.previous), cap);
  const contentType = response.headers['content-type'] ?? '';
  const record: PageRecord = {
    url: entry.url,
    finalUrl: response.finalUrl,
    status: response.status,
    contentType,
    title: '',
    depth: entry.depth,
    rendered: false,
  };
  const attachment = isAttachmentResponse(entry.url, contentType, response.headers['content-disposition']);
  return { entry, response, record, probe: toProbeResult(response), attachment };
}
