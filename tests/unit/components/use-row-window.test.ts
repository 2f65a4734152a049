import { describe, expect, it } from 'vitest';
import { rowsInView, totalHeight, type RowLayout } from '../../../components/use-row-window';

const rows = (layout: RowLayout, top: number, height = 360) => rowsInView(layout, top, height, 6);
const indices = (layout: RowLayout, top: number, height?: number) => rows(layout, top, height).map((row) => row.index);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset);

describe('rowsInView', () => {
  const plain: RowLayout = { count: 100, rowHeight: 60 };
  const editing: RowLayout = { count: 100, rowHeight: 60, tall: { index: 12, height: 560 } };

  it('draws the rows any part of which is in view, and six more each side', () => {
    expect(indices(plain, 0)).toEqual(range(0, 11));
    expect(indices(plain, 600)).toEqual(range(4, 21));
    expect(indices(plain, 630)).toEqual(range(4, 22));
    expect(indices(plain, 60 * 97)).toEqual(range(91, 99));
    expect(rows(plain, 600)[0]).toEqual({ index: 4, start: 240, size: 60 });
    expect(totalHeight(plain)).toBe(6000);
  });

  it('gives the row being edited its height and moves the rows after it down by the difference', () => {
    expect(totalHeight(editing)).toBe(6500);
    // From 600 to 960: rows 10 and 11, then the editor (720–1280) fills the rest of the view.
    expect(indices(editing, 600)).toEqual(range(4, 18));
    expect(rows(editing, 600).find((row) => row.index === 12)).toEqual({ index: 12, start: 720, size: 560 });
    expect(rows(editing, 600).find((row) => row.index === 13)).toEqual({ index: 13, start: 1280, size: 60 });
    // Inside the editor, only it is in view; past it, rows count from its end.
    expect(indices(editing, 800, 300)).toEqual(range(6, 18));
    expect(indices(editing, 1300)).toEqual(range(7, 25));
    expect(indices(editing, 0)).toEqual(range(0, 11));
  });

  it('draws nothing for an empty list, and keeps a scroll past the end to the last rows', () => {
    expect(rows({ count: 0, rowHeight: 60 }, 0)).toEqual([]);
    expect(indices({ count: 3, rowHeight: 60 }, 5000)).toEqual(range(0, 2));
    expect(totalHeight({ count: 3, rowHeight: 60, tall: { index: 7, height: 560 } })).toBe(180);
  });
});
