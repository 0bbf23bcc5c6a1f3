import type { Page } from 'playwright-core';

/**
 * The blocks whose boxes must not overlap: the header and its navigation, and in the main area
 * the headings, sections, cards, notices, tables, forms, fact lists, paragraphs and grid cells.
 * Inline pieces (links, buttons, code) are left out: they sit inside these blocks and wrap with
 * them. Two blocks are compared only when neither contains the other, so a table inside its
 * section is fine while a table that runs out of its grid cell into the next one is not.
 */
export const blockSelector = [
  'header.top',
  'header.top nav',
  'main h1',
  'main h2',
  'main section',
  'main .card',
  'main .notice',
  'main table',
  'main form',
  'main dl',
  'main > p',
  'main section > p',
  'main .grid > *',
].join(', ');

export interface LayoutReport {
  /** document.scrollingElement.scrollWidth minus innerWidth; above 0 means the page scrolls sideways. */
  overflowPx: number;
  /** Pairs of overlapping blocks, each described by tag, class and start of text. */
  overlaps: string[];
}

/**
 * Runs in the page as a string: the test code is typed for Node (no DOM types), and the
 * console's CSP forbids eval, which rules out a function built from a string inside the page.
 * The body of a closed <details> is left out: Chromium keeps its boxes, but nobody sees them.
 * A block's box is clipped by every ancestor that clips (a scroll container shows only part of a
 * wide table), and overlaps of one pixel or less are rounding, not layout faults.
 */
const measure = `(() => {
  const blocks = [...document.querySelectorAll(${JSON.stringify(blockSelector)})];
  const name = (el) => {
    const cls = el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + cls + ' "' + text + '"';
  };
  const box = (el) => {
    const r = el.getBoundingClientRect();
    let b = { l: r.left, t: r.top, r: r.right, b: r.bottom };
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      b = { l: Math.max(b.l, c.left), t: Math.max(b.t, c.top), r: Math.min(b.r, c.right), b: Math.min(b.b, c.bottom) };
    }
    return b;
  };
  const shown = blocks
    .filter((el) => getComputedStyle(el).visibility !== 'hidden')
    // The body of a closed <details> keeps its boxes in Chromium but is not shown.
    .filter((el) => !el.closest('details:not([open]) > :not(summary)'))
    .map((el) => ({ el, b: box(el) }))
    .filter((x) => x.b.r - x.b.l > 0 && x.b.b - x.b.t > 0);
  const overlaps = [];
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const p = shown[i], q = shown[j];
      if (p.el.contains(q.el) || q.el.contains(p.el)) continue;
      const w = Math.min(p.b.r, q.b.r) - Math.max(p.b.l, q.b.l);
      const h = Math.min(p.b.b, q.b.b) - Math.max(p.b.t, q.b.t);
      if (w > 1 && h > 1) overlaps.push(name(p.el) + ' overlaps ' + name(q.el) + ' by ' + Math.round(w) + 'x' + Math.round(h) + ' px');
    }
  return { overflowPx: document.scrollingElement.scrollWidth - innerWidth, overlaps };
})()`;

export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate<LayoutReport>(measure);
}
