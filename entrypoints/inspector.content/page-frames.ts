import type { FrameStatus } from '@/extension/protocol.ts';

const CROSS_ORIGIN = {
  zh: '跨域框架：浏览器不允许扩展读取其内容，请在新标签页中打开该地址单独检查',
  en:
    'Cross-origin frame: the browser does not let the extension read it; ' +
    'open it in a tab of its own and check it there',
};

/** The frame's document when this script may read it (same origin); null for cross-origin frames. */
function readableDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    // Reading the URL throws or gives nothing for documents of another origin in some browsers.
    return doc?.location?.href ? doc : null;
  } catch {
    return null;
  }
}

/**
 * The page and every frame inside it that this script can read (iframes and the frames of a frameset, nested),
 * in document order, each URL once; frames of other origins are listed as not checked with the reason.
 * Empty about:blank and srcdoc frames (ad slots, editors) have no address of their own and are left out.
 */
export function pageDocuments(top: Document): { documents: Document[]; frames: FrameStatus[] } {
  const documents: Document[] = [];
  const frames: FrameStatus[] = [];
  const seen = new Set<string>();
  const visit = (doc: Document) => {
    documents.push(doc);
    seen.add(doc.location.href);
    for (const frame of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
      const inner = readableDocument(frame);
      const url = inner?.location.href ?? frame.src;
      if (!/^https?:/i.test(url) || seen.has(url)) continue;
      if (inner) {
        frames.push({ url, checked: true });
        visit(inner);
      } else {
        seen.add(url);
        frames.push({ url, checked: false, reason: CROSS_ORIGIN });
      }
    }
  };
  visit(top);
  return { documents, frames };
}
