import { describe, expect, it } from 'vitest';
import { isDatePicker, shownDay } from '../../../lib/autofill/calendar';

describe('calendar pickers', () => {
  it.each([
    ['Fri Dec 04 2026', '2026-12-04'],
    ['12/4/2026', '2026-12-04'],
    ['25/10/2026', '2026-10-25'],
    ['2026-03-09', '2026-03-09'],
    ['December 4, 2026', '2026-12-04'],
    ['4 Sept 2026', '2026-09-04'],
    ['4, December, 2026', '2026-12-04'],
  ])('reads the day a box shows: %s', (text, day) => {
    expect(shownDay(text)).toBe(day);
  });

  it('reads nothing from text without a day', () => {
    expect(shownDay('Select a date')).toBeUndefined();
    expect(shownDay('December 2026')).toBeUndefined();
  });

  it('knows a picker by the calendar its box opens, not by its classes', () => {
    document.body.innerHTML = '<input id="a" role="combobox" aria-haspopup="dialog" readonly><input id="b" role="combobox" aria-haspopup="listbox"><input id="c" class="ms-DatePicker">';
    expect(['a', 'b', 'c'].map((id) => isDatePicker(document.getElementById(id)!))).toEqual([true, false, false]);
  });
});
