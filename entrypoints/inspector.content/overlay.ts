import type { Finding } from '@/shared/model/finding.ts';
import type { HighlightResult, HighlightSource } from '@/shared/ext/protocol.ts';
import { locateFinding, type FindingTarget } from './locate.ts';
import { OVERLAY_CSS } from './overlay-style.ts';

export const OVERLAY_TAG = 'govcheck-highlights';

interface Placed {
  finding: Finding;
  target: FindingTarget;
}

const hasArea = (r: DOMRect) => r.width > 0 && r.height > 0;

/**
 * Boxes for a target. Hidden content (暗链, hidden text) has no box of its own: it is marked at the nearest
 * ancestor the reader can see, flagged as hidden.
 */
function boxesOf(target: FindingTarget): { rects: DOMRect[]; hidden: boolean } {
  const own = (target.kind === 'range' ? Array.from(target.range.getClientRects())
    : [target.element.getBoundingClientRect()]).filter(hasArea);
  if (own.length) return { rects: own, hidden: false };
  for (let el = target.element.parentElement; el; el = el.parentElement) {
    const rect = el.getBoundingClientRect();
    if (hasArea(rect)) return { rects: [rect], hidden: true };
  }
  return { rects: [], hidden: true };
}

/**
 * Highlights drawn in a Shadow DOM layer above the page: boxes over each finding's characters or element, and a
 * bar with previous/next. The page's DOM and styles are never modified, so removing the layer restores it.
 */
export class HighlightOverlay {
  private host: HTMLElement | null = null;
  private placed: Placed[] = [];
  private source: HighlightSource = 'live';
  private current = -1;

  constructor(private readonly doc: Document) {
    doc.defaultView?.addEventListener('resize', () => this.draw());
  }

  show(findings: Finding[], source: HighlightSource): HighlightResult {
    this.source = source;
    this.placed = [];
    const unplaced: string[] = [];
    for (const finding of findings) {
      const target = locateFinding(this.doc, finding);
      if (target) this.placed.push({ finding, target });
      else unplaced.push(finding.id);
    }
    this.current = -1;
    this.draw();
    return { placed: this.placed.length, unplaced };
  }

  clear(): number {
    const count = this.placed.length;
    this.placed = [];
    this.host?.remove();
    this.host = null;
    return count;
  }

  /** Scrolls to a finding and marks it current; false when it is not on this page. */
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

  private goTo(index: number): void {
    this.current = index;
    this.placed[index].target.element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.draw();
  }

  private root(): ShadowRoot {
    if (!this.host || !this.host.isConnected) {
      this.host = this.doc.createElement(OVERLAY_TAG);
      // Open so that tests and the webmaster's devtools can see the marks.
      this.host.attachShadow({ mode: 'open' });
      this.doc.documentElement.append(this.host);
    }
    return this.host.shadowRoot!;
  }

  private draw(): void {
    if (!this.placed.length) {
      this.clear();
      return;
    }
    const root = this.root();
    const win = this.doc.defaultView!;
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const layer = this.doc.createDocumentFragment();
    layer.append(style);
    this.placed.forEach(({ finding, target }, index) => {
      const { rects, hidden } = boxesOf(target);
      for (const rect of rects) {
        const mark = this.doc.createElement('div');
        mark.className = `mark ${this.source}${hidden ? ' hidden-target' : ''}${index === this.current ? ' current' : ''}`;
        mark.dataset.findingId = finding.id;
        mark.dataset.category = finding.category;
        if (target.kind === 'range') mark.dataset.text = target.range.toString();
        Object.assign(mark.style, { left: `${rect.left + win.scrollX - 1}px`, top: `${rect.top + win.scrollY - 1}px`,
          width: `${rect.width + 2}px`, height: `${rect.height + 2}px` });
        mark.title = hidden ? `（隐藏内容）${finding.message.zh}` : finding.message.zh;
        layer.append(mark);
      }
    });
    layer.append(this.bar());
    root.replaceChildren(layer);
  }

  private bar(): HTMLElement {
    const bar = this.doc.createElement('div');
    bar.className = 'bar';
    const label = this.doc.createElement('span');
    label.className = 'count';
    label.textContent = `govcheck ${this.current + 1 || '–'}/${this.placed.length}`;
    const message = this.doc.createElement('span');
    message.className = 'message';
    message.textContent = this.current >= 0 ? this.placed[this.current].finding.message.zh : '';
    const button = (text: string, title: string, action: () => void) => {
      const b = this.doc.createElement('button');
      b.textContent = text;
      b.title = title;
      b.addEventListener('click', action);
      return b;
    };
    bar.append(label, button('‹', '上一个 (previous)', () => this.step(-1)), button('›', '下一个 (next)', () => this.step(1)),
      message, button('×', '关闭 (close)', () => this.clear()));
    return bar;
  }
}
