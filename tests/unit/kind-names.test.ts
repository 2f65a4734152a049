import { describe, expect, it } from 'vitest';
import { groupMissing, groupName, kindName, manualKindLink, manualKindName } from '../../lib/kind-names';
import { KIND_GROUPS, KIND_LABELS, KIND_LIST, MANUAL_KINDS } from '../../lib/kinds';
import { serveLocale } from '../helpers/i18n';

describe('names on screen', () => {
  it('say in English what exports and applications say', () => {
    expect(KIND_LIST.map(kindName)).toEqual(KIND_LIST.map((kind) => KIND_LABELS[kind]));
    expect(KIND_GROUPS.map(groupName)).toEqual(KIND_GROUPS.map((group) => group.label));
    expect(KIND_GROUPS.map(groupMissing)).toEqual(KIND_GROUPS.map((group) => group.missing));
    expect(MANUAL_KINDS.map(manualKindName)).toEqual(MANUAL_KINDS.map((option) => option.label));
    expect(MANUAL_KINDS.map(manualKindLink)).toEqual(MANUAL_KINDS.map((option) => option.link));
  });

  it('name every kind and group in German, none left in English', () => {
    serveLocale('de');
    const names = [...KIND_LIST.map(kindName), ...KIND_GROUPS.map(groupName), ...KIND_GROUPS.map(groupMissing).filter(Boolean)];
    const english = [...KIND_LIST.map((kind) => KIND_LABELS[kind]), ...KIND_GROUPS.map((group) => group.label), ...KIND_GROUPS.map((group) => group.missing).filter(Boolean)];
    expect(names.filter((name, index) => name === english[index])).toEqual([]);
    expect(kindName('blog-post')).toBe('Blogbeitrag');
    expect(groupMissing({ id: 'speaking' })).toBe('kein Vortrag');
  });

  it('name Add by hand’s choices and their links in German', () => {
    serveLocale('de');
    expect(MANUAL_KINDS.filter((option) => manualKindName(option) === option.label || manualKindLink(option) === option.link)).toEqual([]);
    expect(manualKindName(MANUAL_KINDS.find((option) => option.kind === 'talk')!)).toBe('Vortrag oder öffentlicher Auftritt');
  });
});
