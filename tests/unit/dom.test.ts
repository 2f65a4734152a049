import { describe, expect, it } from 'vitest';
import { jsonObjectAfter } from '../../lib/dom';

describe('jsonObjectAfter', () => {
  it.each([
    ['LITHIUM.CommunityJsonObject = {"User":{"id":7}};', 'LITHIUM.CommunityJsonObject', { User: { id: 7 } }],
    ['window.clip_page_config = {"clip":{"id":1}}; other()', 'clip_page_config =', { clip: { id: 1 } }],
    ['{"a":1,"cur_user":{"id":5,"name":"x"}}', '"cur_user":', { id: 5, name: 'x' }],
    ['init({"ok":true});', 'init', { ok: true }],
  ])('reads the object after the marker in %j', (text, marker, expected) => {
    expect(jsonObjectAfter(text, marker)).toEqual(expected);
  });

  it('is not fooled by braces and escaped quotes inside strings', () => {
    const text = 'x = {"bio":"a } tricky \\" {string","n":{"deep":[1,{"k":"}"}]}}; tail }';
    expect(jsonObjectAfter(text, 'x')).toEqual({ bio: 'a } tricky " {string', n: { deep: [1, { k: '}' }] } });
  });

  it.each([
    ['no marker here', 'x'],
    ['x = 42;', 'x'],
    ['x = {"unterminated": 1', 'x'],
    ['x = {not json}', 'x'],
  ])('gives undefined for %j', (text, marker) => {
    expect(jsonObjectAfter(text, marker)).toBeUndefined();
  });
});
