import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import oracleAce from '../../../lib/programs/oracle-ace';
import { ACE_LEVELS, DEFAULT_ACE_POINTS, itemPoints, pointsSummary, pointsTable } from '../../../lib/programs/oracle-ace/points';
import { planFor } from '../../../lib/programs';
import { loadSettings, updateSettings } from '../../../lib/settings';
import { entry } from '../../helpers/entries';

describe('Oracle ACE points', () => {
  it('starts from the members’ 2016–17 figures: a presentation 20, a blog post 5, 200 a year for Oracle ACE', () => {
    expect(DEFAULT_ACE_POINTS).toEqual({ Presentation: 20, 'Blog post': 5 });
    expect(ACE_LEVELS).toEqual([{ level: 'Oracle ACE', points: 200 }]);
    const types = oracleAce.categories.map((category) => category.id);
    for (const type of Object.keys(DEFAULT_ACE_POINTS)) expect(types).toContain(type);
  });

  it('gives each planned activity its type’s points and totals the period, leaving out types without a value', () => {
    const plan = planFor(oracleAce, [
      entry({ kind: 'talk', publishedAt: '2026-02-01T10:00:00.000Z' }),
      entry({ kind: 'livestream', publishedAt: '2026-02-02T10:00:00.000Z' }),
      entry({ kind: 'blog-post', publishedAt: '2026-02-03T10:00:00.000Z' }),
      entry({ kind: 'blog-post', publishedAt: '2026-02-04T10:00:00.000Z' }),
      entry({ kind: 'forum-answer', publishedAt: '2026-02-05T10:00:00.000Z' }),
      entry({ kind: 'book', publishedAt: '2026-02-06T10:00:00.000Z' }),
    ]);
    const table = pointsTable({});
    expect(plan.items.map((item) => itemPoints(item, table))).toEqual([20, 20, 5, 5, undefined, undefined]);
    expect(pointsSummary(plan.items, table)).toEqual({ total: 50, counted: 4, uncounted: 2, unknownTypes: ['Forum answers', 'Book'] });
  });

  it('takes the user’s values over the defaults, zero included', () => {
    const table = pointsTable({ 'Blog post': 10, Presentation: 0, Book: 50 });
    const items = [{ category: 'Presentation' }, { category: 'Blog post' }, { category: 'Book' }, { category: '' }];
    expect(pointsSummary(items, table)).toEqual({ total: 60, counted: 3, uncounted: 1, unknownTypes: [''] });
    expect(pointsSummary([], table)).toEqual({ total: 0, counted: 0, uncounted: 0, unknownTypes: [] });
  });
});

describe('the points table in settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty until the user sets values, and keeps them through a save and a load', async () => {
    expect((await loadSettings()).acePoints).toEqual({});
    await updateSettings((settings) => ({ ...settings, acePoints: { 'Blog post': 10, Book: 50 } }));
    expect((await loadSettings()).acePoints).toEqual({ 'Blog post': 10, Book: 50 });
    expect(await fakeBrowser.storage.local.get('setting:acePoints')).toEqual({ 'setting:acePoints': { 'Blog post': 10, Book: 50 } });
    await updateSettings((settings) => ({ ...settings, acePoints: {} }));
    expect(await fakeBrowser.storage.local.get('setting:acePoints')).toEqual({});
  });

  it('refuses a value that is not a whole number of points, and ignores a stored one that is broken', async () => {
    await expect(updateSettings((settings) => ({ ...settings, acePoints: { Book: -5 } }))).rejects.toThrow();
    await expect(updateSettings((settings) => ({ ...settings, acePoints: { Book: 2.5 } }))).rejects.toThrow();
    expect((await loadSettings()).acePoints).toEqual({});
    await fakeBrowser.storage.local.set({ 'setting:acePoints': { Book: 'fifty' }, 'setting:screenshots': false });
    const settings = await loadSettings();
    expect(settings.acePoints).toEqual({});
    expect(settings.screenshots).toBe(false);
  });
});
