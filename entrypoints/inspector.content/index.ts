import { isWhitelisted } from '@/extension/marks.ts';
import { inPageOrder } from '@/extension/page-order.ts';
import { onMessages, sendToBackground, type ContentProtocol } from '@/extension/protocol.ts';
import { HighlightOverlay } from './overlay.ts';
import { runPageChecks } from './run-page-checks.ts';
import { checkTyposInBackground } from './typo-hand-over.ts';

/**
 * Injected on demand by the background (activeTab + scripting), never declared for every site. Returns the page
 * URL to executeScript; a second injection only answers the URL again.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const state = window as unknown as { govcheckInspector?: true };
    if (!state.govcheckInspector) {
      state.govcheckInspector = true;
      startInspector(document);
    }
    return location.href;
  },
});

function startInspector(doc: Document): void {
  const overlay = new HighlightOverlay(doc);
  // The background probes with HEAD (GET where HEAD is refused) and reads no body.
  const probe = { probe: (url: string) => sendToBackground('probe-link', { url }), bodiless: true };
  onMessages<ContentProtocol>({
    'run-checks': async ({ checkLinks, notTypo }) => {
      // Old highlights must not be audited as part of the page.
      overlay.clear();
      const result = await runPageChecks(doc, {
        typoChecksElsewhere: checkTyposInBackground,
        ...(checkLinks ? { probe } : {}),
      });
      const { order } = overlay.show(
        result.findings.filter((f) => !isWhitelisted(f, notTypo)),
        'live',
      );
      return { ...result, findings: inPageOrder(result.findings, order) };
    },
    highlight: async ({ findings, source }) => overlay.show(findings, source),
    'focus-finding': async ({ id }) => ({ found: overlay.focus(id) }),
    'clear-highlights': async () => ({ cleared: overlay.clear() }),
  });
}
