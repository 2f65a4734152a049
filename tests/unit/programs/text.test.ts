import { describe, expect, it } from 'vitest';
import { fitText, oneLine } from '../../../lib/programs/text';

describe('fitText', () => {
  it('leaves text within the limit alone', () => {
    expect(fitText('Short title', 100)).toEqual({ text: 'Short title' });
    expect(fitText('x'.repeat(100), 100)).toEqual({ text: 'x'.repeat(100) });
  });

  it('cuts at the last word boundary and ends with an ellipsis', () => {
    const text = 'How to configure vSphere distributed switches for NSX overlay networks in a stretched cluster';
    const fitted = fitText(text, 40);
    expect(fitted).toEqual({ text: 'How to configure vSphere distributed…', trimmedFrom: text.length });
    expect(fitted.text.length).toBeLessThanOrEqual(40);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(fitText('alpha beta gamma', 11).text).toBe('alpha beta…');
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(fitText('First part, second part and more words', 13).text).toBe('First part…');
  });

  it('cuts inside one very long word rather than return nothing', () => {
    expect(fitText('a'.repeat(50), 10)).toEqual({ text: `${'a'.repeat(9)}…`, trimmedFrom: 50 });
  });

  it('never splits a surrogate pair', () => {
    const fitted = fitText(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(fitted.text).toBe(`${'a'.repeat(8)}…`);
    expect(fitted.text.length).toBeLessThanOrEqual(10);
  });
});

it('oneLine collapses whitespace and newlines', () => {
  expect(oneLine('  A\n  title\twith   gaps ')).toBe('A title with gaps');
});
