import type { Finding, Location } from '@/shared/model/finding.ts';
import type { HighlightResult, HighlightSource } from '@/extension/protocol.ts';
import { hiddenHowLabel } from '@/extension/hidden-how.ts';
import { pageKey } from '@/extension/report-import.ts';
import { SEVERITY_TEXT } from '@/extension/severity.ts';
import { hiddenPlacement, placementBox, reveal, type Box, type HiddenPlacement } from './hidden-placement.ts';
import { locateFinding, type FindingTarget } from './locate.ts';
import { OVERLAY_CSS } from './overlay-style.ts';
import { pageDocuments } from './page-frames.ts';

export const OVERLAY_TAG = 'govcheck-highlights';

/** One occurrence of a finding placed on the page or in one of its frames. */
interface Placed {
  finding: Finding;
  target: FindingTarget;
  doc: Document;
  hidden?: HiddenPlacement;
}

const hasArea = (r: Box) => r.width > 0 && r.height > 0;

/** Every occurrence of a grouped finding (C1), each with the page it is on. */
function occurrences(finding: Finding): { url: string; location?: Location }[] {
  const list = finding.locations?.length ? finding.locations : [finding.location];
  return list.map((location) => ({ url: location?.url ?? finding.url, ...(location ? { location } : {}) }));
}

const ownBoxes = (target: FindingTarget): Box[] =>
  (target.kind === 'range'
    ? Array.from(target.range.getClientRects())
    : [target.element.getBoundingClientRect()]
  ).filter(hasArea);

/** The element to bring into view for an occurrence: the visible block of hidden content, else its own. */
const viewAnchor = (p: Placed, revealed: boolean) => (p.hidden && !revealed ? p.hidden.anchor : p.target.element);

/**
 * Highlights drawn in closed Shadow DOM layers above the page and inside each same-origin frame: boxes over
 * each finding's characters or element, coloured by severity; hidden content boxed at the visible block it sits
 * in with a label saying how it is hidden; a bar with previous/next and "显示隐藏内容". The page's DOM is only
 * changed while hidden content is revealed, and restored after. The layers are closed so that a page cannot read
 * what was found on it (e.g. the background's verdicts on intranet links).
 */
export class HighlightOverlay {
  private readonly layers = new Map<Document, { host: HTMLElement; root: ShadowRoot }>();
  private placed: Placed[] = [];
  private source: HighlightSource = 'live';
  private current = -1;
  private unreveal: (() => void) | null = null;

  constructor(private readonly doc: Document) {
    doc.defaultView?.addEventListener('resize', () => this.draw());
  }

  show(findings: Finding[], source: HighlightSource): HighlightResult {
    this.clear();
    this.source = source;
    const { documents } = pageDocuments(this.doc);
    const docFor = (url: string) => documents.find((d) => pageKey(d.location.href) === pageKey(url)) ?? this.doc;
    const unplaced: string[] = [];
    for (const finding of findings) {
      // A statistic about the whole page (a11y-text-size) names one sample element: boxing it would blame it.
      if (finding.data?.scope === 'page') continue;
      let found = false;
      for (const { url, location } of occurrences(finding)) {
        const doc = docFor(url);
        const target = locateFinding(doc, { ...finding, ...(location ? { location } : {}) });
        // Elements of <head> (the viewport meta, the title) are about the whole page: nothing to box.
        if (!target || target.element.closest('head')) continue;
        found = true;
        const hidden = hiddenPlacement(target.element);
        // Many hidden occurrences of one finding (a block of 40 暗链) share one box and one label.
        const sameSpot =
          hidden &&
          this.placed.some(
            (p) => p.finding === finding && p.hidden?.anchor === hidden.anchor && p.hidden.edge === hidden.edge,
          );
        if (!sameSpot) this.placed.push({ finding, target, doc, ...(hidden ? { hidden } : {}) });
      }
      if (!found) unplaced.push(finding.id);
    }
    this.placed.sort((a, b) => documents.indexOf(a.doc) - documents.indexOf(b.doc) || documentOrder(a, b));
    this.draw();
    const order = [...new Set(this.placed.map((p) => p.finding.id))];
    return { placed: order.length, unplaced, order };
  }

  clear(): number {
    const count = new Set(this.placed.map((p) => p.finding.id)).size;
    this.unreveal?.();
    this.unreveal = null;
    this.placed = [];
    this.current = -1;
    for (const { host } of this.layers.values()) host.remove();
    this.layers.clear();
    return count;
  }

  /** Scrolls to a finding's first occurrence and marks it current; false when it is not on this page. */
  focus(id: string): boolean {
    const index = this.placed.findIndex((p) => p.finding.id === id);
    if (index < 0) return false;
    this.goTo(index);
    return true;
  }

  step(delta: 1 | -1): void {
    if (!this.placed.length) return;
    this.goTo((this.current + delta + this.placed.length) % this.placed.length);
  }

  /** 显示隐藏内容: shows hidden content where it sits until toggled back (or the highlights are cleared). */
  toggleHidden(): void {
    if (this.unreveal) {
      this.unreveal();
      this.unreveal = null;
    } else {
      this.unreveal = reveal(this.placed.flatMap((p) => p.hidden?.hiders ?? []));
    }
    this.draw();
  }

  private goTo(index: number): void {
    this.current = index;
    const placed = this.placed[index];
    // A frame is brought into view in its parent first, then the occurrence inside it.
    const frames: Element[] = [];
    for (let win: Window | null = placed.doc.defaultView; win?.frameElement; win = win.parent) {
      frames.unshift(win.frameElement);
    }
    const instant = 'instant' as ScrollBehavior;
    for (const frame of frames) frame.scrollIntoView({ block: 'nearest', behavior: instant });
    viewAnchor(placed, Boolean(this.unreveal)).scrollIntoView({ block: 'center', behavior: instant });
    this.draw();
  }

  private rootOf(doc: Document): ShadowRoot {
    let layer = this.layers.get(doc);
    if (!layer || !layer.host.isConnected) {
      const host = doc.createElement(OVERLAY_TAG);
      // Closed: the page's scripts see an empty element (issue 26).
      layer = { host, root: host.attachShadow({ mode: 'closed' }) };
      doc.documentElement.append(host);
      this.layers.set(doc, layer);
    }
    return layer.root;
  }

  /** The document the bar goes in: the page, or its first frame with a body when the page is a frameset. */
  private barDocument(): Document {
    const hasBody = (d: Document) => d.body?.localName === 'body';
    return hasBody(this.doc) ? this.doc : (this.placed.map((p) => p.doc).find(hasBody) ?? this.doc);
  }

  private draw(): void {
    if (!this.placed.length) {
      this.clear();
      return;
    }
    const barDoc = this.barDocument();
    const docs = new Set([barDoc, ...this.placed.map((p) => p.doc)]);
    for (const doc of docs) {
      const layer = doc.createDocumentFragment();
      const style = doc.createElement('style');
      style.textContent = OVERLAY_CSS;
      layer.append(style);
      this.placed.forEach((p, index) => {
        if (p.doc === doc) layer.append(...this.marks(p, index === this.current));
      });
      if (doc === barDoc) layer.append(this.bar(doc));
      this.rootOf(doc).replaceChildren(layer);
    }
  }

  private marks(p: Placed, current: boolean): HTMLElement[] {
    const doc = p.doc;
    const win = doc.defaultView!;
    const revealed = Boolean(this.unreveal);
    const boxes = p.hidden && !revealed ? [placementBox(p.hidden)] : ownBoxes(p.target);
    const how = p.hidden?.how && (hiddenHowLabel(p.finding.data?.hiddenHow) ?? hiddenHowLabel(p.hidden.how));
    const out: HTMLElement[] = [];
    const at = (el: HTMLElement, box: Box) =>
      Object.assign(el.style, {
        left: `${box.left + win.scrollX - 1}px`,
        top: `${box.top + win.scrollY - 1}px`,
        width: `${box.width + 2}px`,
        height: `${box.height + 2}px`,
      });
    for (const box of boxes) {
      const mark = doc.createElement('div');
      mark.className =
        `mark ${this.source} sev-${p.finding.severity}${how ? ' hidden-target' : ''}` + `${current ? ' current' : ''}`;
      mark.dataset.category = p.finding.category;
      mark.dataset.severity = p.finding.severity;
      if (p.target.kind === 'range') mark.dataset.text = p.target.range.toString();
      mark.title = `${how ? `（隐藏内容：${how}）` : ''}${p.finding.message.zh}`;
      at(mark, box);
      out.push(mark);
    }
    if (how && boxes.length) {
      const label = doc.createElement('div');
      label.className = `label sev-${p.finding.severity}`;
      label.textContent = `隐藏：${how}`;
      // Above the box when there is room, else inside its top edge.
      const box = boxes[0];
      const top = box.top + win.scrollY >= 20 ? box.top - 20 : box.top;
      Object.assign(label.style, { left: `${box.left + win.scrollX}px`, top: `${top + win.scrollY}px` });
      out.push(label);
    }
    return out;
  }

  private bar(doc: Document): HTMLElement {
    const bar = doc.createElement('div');
    bar.className = 'bar';
    const label = doc.createElement('span');
    label.className = 'count';
    label.textContent = `govcheck ${this.current + 1 || '–'}/${this.placed.length}`;
    const message = doc.createElement('span');
    message.className = 'message';
    const current = this.placed[this.current]?.finding;
    message.textContent = current ? `【${SEVERITY_TEXT[current.severity].zh}】${current.message.zh}` : '';
    const button = (text: string, title: string, action: () => void) => {
      const b = doc.createElement('button');
      b.textContent = text;
      b.title = title;
      b.addEventListener('click', action);
      return b;
    };
    bar.append(
      label,
      button('‹', '上一个 (previous)', () => this.step(-1)),
      button('›', '下一个 (next)', () => this.step(1)),
    );
    if (this.placed.some((p) => p.hidden?.how)) {
      const toggle = button(
        this.unreveal ? '恢复隐藏' : '显示隐藏内容',
        this.unreveal ? '恢复页面原样 (hide again)' : '临时显示被隐藏的内容 (show hidden content for now)',
        () => this.toggleHidden(),
      );
      toggle.className = 'reveal';
      bar.append(toggle);
    }
    bar.append(
      message,
      button('×', '关闭 (close)', () => this.clear()),
    );
    return bar;
  }
}

/** Source order of two occurrences in the same document. */
function documentOrder(a: Placed, b: Placed): number {
  if (a.doc !== b.doc || a.target.element === b.target.element) return 0;
  return a.target.element.compareDocumentPosition(b.target.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
