import { beforeEach, describe, expect, it } from 'vitest';
import { findTextRange, locateFinding } from '@/entrypoints/inspector.content/locate.ts';
import { HighlightOverlay, OVERLAY_TAG } from '@/entrypoints/inspector.content/overlay.ts';
import { PAGE, typoAt } from './report-fixture.ts';

beforeEach(() => {
  document.body.innerHTML = `<p id="plan">今年<b>布</b>署防汛。明年再布署，<span>防汛工做要早</span>安排。</p>
<p id="other">这里也有工做。</p>`;
});

describe('locating findings on the live page', () => {
  it('finds text split across elements', () => {
    const range = findTextRange(document.querySelector('#plan')!, '布署');
    expect(range?.toString()).toBe('布署');
    expect(range?.startContainer.parentElement?.localName).toBe('b');
  });

  it('picks the occurrence the context sentence names', () => {
    const range = findTextRange(document.querySelector('#plan')!, '布署', '明年再布署');
    expect(range?.toString()).toBe('布署');
    expect(range?.startContainer.textContent).toBe('署防汛。明年再布署，');
  });

  it('falls back to the whole page when the selector no longer matches', () => {
    const moved = {
      ...typoAt(PAGE, '工做', '工作', '这里也有工做'),
      location: { selector: '#gone', context: '这里也有工做' },
    };
    const target = locateFinding(document, moved);
    expect(target?.kind).toBe('range');
    expect(target?.element.id).toBe('other');
  });

  it('returns null for text that is not on the page', () => {
    expect(locateFinding(document, { ...typoAt(PAGE, '己经', '已经'), location: {} })).toBeNull();
  });

  it('draws inside its own closed shadow root and reports what it could not place', () => {
    const overlay = new HighlightOverlay(document);
    const result = overlay.show([typoAt(PAGE, '工做', '工作'), typoAt(PAGE, '己经', '已经')], 'report');
    expect(result.placed).toBe(1);
    expect(result.unplaced).toHaveLength(1);
    const host = document.querySelector(OVERLAY_TAG)!;
    // Closed: the page's scripts cannot read what was found on it.
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('工作');
    expect(document.body.innerHTML).not.toContain('mark');
    expect(overlay.clear()).toBe(1);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('does not box a statistic about the whole page on its sample element, nor call it unplaced', () => {
    const overlay = new HighlightOverlay(document);
    const pageWide = { ...typoAt(PAGE, '工做', '工作'), data: { scope: 'page', share: '62%' } };
    expect(overlay.show([pageWide], 'live')).toEqual({ placed: 0, unplaced: [], order: [] });
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});
