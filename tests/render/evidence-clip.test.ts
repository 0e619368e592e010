import { describe, expect, it } from 'vitest';
import { containsBox, evidenceClip, MARGIN } from '../../crawler/render/evidence-clip.ts';

const VIEW = { x: 0, y: 1000, width: 1024, height: 700 };

describe('evidenceClip', () => {
  it('centres a small element in a region with its surroundings, inside the visible page', () => {
    const link = { x: 500, y: 1300, width: 40, height: 20 };
    const clip = evidenceClip(link, VIEW);
    expect(clip).toEqual({ x: 280, y: 1210, width: 480, height: 200, scale: 1 });
  });

  it('shifts the region into the page instead of cutting it at an edge', () => {
    const corner = evidenceClip({ x: 4, y: 1004, width: 40, height: 20 }, VIEW);
    expect(corner).toMatchObject({ x: 0, y: 1000, width: 480, height: 200 });
  });

  it('caps a huge element at its top-left corner and scales the picture down', () => {
    const big = { x: 100, y: 1100, width: 3000, height: 3000 };
    const clip = evidenceClip(big, { x: 0, y: 0, width: 4000, height: 5000 });
    expect(clip).toMatchObject({ x: 100 - MARGIN, y: 1100 - MARGIN, width: 1000, height: 640 });
    expect(clip!.width * clip!.scale).toBeLessThanOrEqual(720);
    expect(clip!.height * clip!.scale).toBeLessThanOrEqual(480);
  });

  it('takes nothing for an element outside the visible page or without size', () => {
    expect(evidenceClip({ x: 10, y: 10, width: 40, height: 20 }, VIEW)).toBeUndefined();
    expect(evidenceClip({ x: 10, y: 1100, width: 0, height: 0 }, VIEW)).toBeUndefined();
  });

  it('knows when a region contains a box', () => {
    expect(containsBox({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 8, height: 8 })).toBe(true);
    expect(containsBox({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 9, height: 8 })).toBe(false);
  });
});
