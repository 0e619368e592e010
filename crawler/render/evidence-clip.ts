/** A rectangle in CSS pixels of the page (document coordinates, what Puppeteer's screenshot clip takes). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Surroundings kept around the element, so the picture shows where on the page it is. */
export const MARGIN = 48;
/** Smallest region photographed: a short link alone says little, its neighbours say where it is. */
const MIN_CLIP = { width: 480, height: 200 };
/** Largest region photographed; a bigger element is shown from its top-left corner. */
const MAX_CLIP = { width: 1000, height: 640 };
/** Largest picture written: reports and the DOCX annex inline every image, so each is kept small. */
const MAX_IMAGE = { width: 720, height: 480 };

/** One axis: the span around [start, start + size) within [lo, hi), centred, at least min, at most max. */
function span(start: number, size: number, lo: number, hi: number, min: number, max: number): [number, number] {
  const wanted = Math.min(Math.max(size + 2 * MARGIN, min), max, hi - lo);
  // Centred on the element; an element bigger than `max` is shown from its start with the margin before it.
  const from = size + 2 * MARGIN > max ? start - MARGIN : start + size / 2 - wanted / 2;
  const clamped = Math.min(Math.max(from, lo), hi - wanted);
  return [Math.floor(clamped), Math.ceil(clamped + wanted) - Math.floor(clamped)];
}

/**
 * The region photographed for an element: its own box with at least MARGIN around it (MIN_CLIP at least, MAX_CLIP
 * at most), kept inside `bounds` (the visible part of the page), and the scale that keeps the image within
 * MAX_IMAGE. Undefined when the element is not inside the bounds.
 */
export function evidenceClip(element: Box, bounds: Box): (Box & { scale: number }) | undefined {
  const outside =
    element.x + element.width <= bounds.x ||
    element.x >= bounds.x + bounds.width ||
    element.y + element.height <= bounds.y ||
    element.y >= bounds.y + bounds.height;
  if (outside || element.width <= 0 || element.height <= 0) return undefined;
  const [x, width] = span(element.x, element.width, bounds.x, bounds.x + bounds.width, MIN_CLIP.width, MAX_CLIP.width);
  const [y, height] = span(
    element.y,
    element.height,
    bounds.y,
    bounds.y + bounds.height,
    MIN_CLIP.height,
    MAX_CLIP.height,
  );
  const scale = Math.min(1, MAX_IMAGE.width / width, MAX_IMAGE.height / height);
  return { x, y, width, height, scale: Math.floor(scale * 1000) / 1000 };
}

/** Whether `outer` wholly contains `inner` (tests and callers checking what a picture shows). */
export const containsBox = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
