import { useLayoutEffect, useState, type RefObject } from 'react';

/*
 * Windowing for rows of one height but for at most one taller row (the entry being edited). A general
 * virtualiser (@tanstack/react-virtual, 33 kB minified, an eighth of the popup's first load) measures
 * rows of any height as they render; ours are fixed, so where each row sits is arithmetic, and these
 * lines (1 kB minified) do it. Rows of varying height would need the measuring back.
 */

export interface RowLayout {
  count: number;
  rowHeight: number;
  /** The one taller row, if any. */
  tall?: { index: number; height: number };
}

/** A row to draw: its place from the list's top and its height, in pixels. */
export interface WindowRow {
  index: number;
  start: number;
  size: number;
}

const extra = ({ rowHeight, tall }: RowLayout) => (tall ? tall.height - rowHeight : 0);

const rowStart = (layout: RowLayout, index: number) => index * layout.rowHeight + (layout.tall && index > layout.tall.index ? extra(layout) : 0);

export const totalHeight = (layout: RowLayout) => layout.count * layout.rowHeight + (layout.tall && layout.tall.index < layout.count ? extra(layout) : 0);

/** The row under `offset` pixels from the list's top, kept within the list. */
function rowAt(layout: RowLayout, offset: number): number {
  const { count, rowHeight, tall } = layout;
  let index = Math.floor(offset / rowHeight);
  if (tall && index > tall.index) index = Math.max(tall.index, Math.floor((offset - extra(layout)) / rowHeight));
  return Math.min(count - 1, Math.max(0, index));
}

/** The rows any part of which shows between `top` and `top + height`, and `overscan` more on each side. */
export function rowsInView(layout: RowLayout, top: number, height: number, overscan: number): WindowRow[] {
  if (layout.count === 0) return [];
  const first = Math.max(0, rowAt(layout, top) - overscan);
  const last = Math.min(layout.count - 1, rowAt(layout, top + Math.max(1, height) - 1) + overscan);
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const index = first + offset;
    return { index, start: rowStart(layout, index), size: index === layout.tall?.index ? layout.tall.height : layout.rowHeight };
  });
}

/**
 * The rows to draw in `scroller`, following its scrolling and its size. A scroller with no height (a
 * hidden tab, a test without layout) is taken as `fallbackHeight` tall, so rows still show.
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, layout: RowLayout, overscan: number, fallbackHeight: number) {
  const [view, setView] = useState({ top: 0, height: fallbackHeight });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const read = () =>
      setView((was) => {
        const top = element.scrollTop;
        const height = element.clientHeight || fallbackHeight;
        return was.top === top && was.height === height ? was : { top, height };
      });
    read();
    element.addEventListener('scroll', read, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
    resized?.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      resized?.disconnect();
    };
  }, [scroller, fallbackHeight]);
  return { rows: rowsInView(layout, view.top, view.height, overscan), height: totalHeight(layout) };
}
