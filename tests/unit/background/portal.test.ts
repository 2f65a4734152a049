import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type HandlerDeps, type Sender } from '../../../lib/background/handlers';
import { programForPage } from '../../../lib/background/portal';
import { currentPeriods } from '../../../lib/programs/define';
import { TrackerDb } from '../../../lib/db/database';
import { saveChoices } from '../../../lib/program-choices';
import mvp from '../../../lib/programs/mvp';
import vexpert from '../../../lib/programs/vexpert';
import type { CollectedForm } from '../../../lib/schema/autofill';
import type { AnyReply } from '../../../lib/schema/messages';
import { entry } from '../../helpers/entries';

const ORIGIN = 'chrome-extension://abcdef/';
/** Our portal panel: an extension frame in a tab showing `url`. */
const onPage = (url: string): Sender => ({ id: 'abcdef', url: `${ORIGIN}portal-panel.html`, tab: { id: 7, url } });
const mvpPortal = onPage('https://mvp.microsoft.com/en-US/account/');
const vexpertPortal = onPage('https://vexpert.vmware.com/apply');
const form: CollectedForm = {
  fields: [
    { key: 'f0', label: 'Activity type', widget: 'select', required: true, locked: false, value: '', options: [{ label: 'Blog', value: 'Blog' }] },
    { key: 'f1', label: 'Title', widget: 'text', required: true, locked: false, value: '', maxLength: 100 },
    { key: 'f2', label: 'Primary technology area', widget: 'select', required: true, locked: false, value: '', options: [{ label: 'Azure Networking', value: 'az-net' }] },
  ],
};

let deps: HandlerDeps;
let n = 0;
const ok = <R extends AnyReply>(reply: R) => {
  const checked: AnyReply = reply;
  if (!checked.ok) throw new Error(checked.error);
  return reply as Extract<R, { ok: true }>;
};

beforeEach(async () => {
  fakeBrowser.reset();
  deps = {
    db: new TrackerDb(`portal-${++n}`),
    extensionId: 'abcdef',
    extensionOrigin: ORIGIN,
    pageActions: () => ({ extractActiveTab: vi.fn(async () => ({})) }),
    now: () => new Date('2026-11-22T12:00:00Z'),
  };
  await deps.db.contributions.bulkAdd([
    entry({ id: 'b1', kind: 'blog-post', title: 'Private endpoints', url: 'https://blog.example.com/pe', publishedAt: '2026-05-06T07:00:00.000Z' }),
    entry({ id: 'b2', kind: 'blog-post', title: 'Someone else’s post', url: 'https://blog.example.com/other', publishedAt: '2026-06-06T07:00:00.000Z', own: false }),
    ...[3, 9].map((day, index) =>
      entry({ id: `a${index}`, kind: 'forum-answer', url: `https://stackoverflow.com/a/${index + 1}`, title: `Answer ${index}`, publishedAt: `2026-03-0${day}T12:00:00.000Z` }),
    ),
  ]);
});

describe('which program a page is the portal of', () => {
  it('follows the programs’ portal patterns', () => {
    expect(programForPage('https://mvp.microsoft.com/en-US/account/')?.id).toBe('mvp');
    expect(programForPage('https://vexpert.vmware.com/apply')?.id).toBe('vexpert');
    // No public source shows a Broadcom host for the vExpert portal.
    expect(programForPage('https://vexpert.broadcom.com/apply')).toBeUndefined();
    expect(programForPage('https://mvp.microsoft.com.evil.example/')).toBeUndefined();
    expect(programForPage('not a url')).toBeUndefined();
  });

  it('works in a service worker, which has no Location global', () => {
    vi.stubGlobal('Location', undefined);
    try {
      expect(programForPage('https://mvp.microsoft.com/en-US/account/')?.id).toBe('mvp');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers the period taking applications first, then those containing today, then the one before', () => {
    const ids = (program: typeof mvp, at: string) => currentPeriods(program, new Date(at)).map((period) => period.id);
    expect(ids(mvp, '2026-11-22T12:00:00Z')).toEqual(['mvp-2027', 'mvp-2026']);
    // January: vExpert 2027's applications (2026's work) are still open.
    expect(ids(vexpert, '2027-01-10T12:00:00Z')[0]).toBe('vexpert-2027');
    // Applications opening late in 2026 are for vExpert 2027.
    expect(ids(vexpert, '2026-12-04T12:00:00Z')[0]).toBe('vexpert-2027');
    // July: the second-half intake leads.
    expect(ids(vexpert, '2026-07-10T12:00:00Z')[0]).toBe('vexpert-2026-h2');
    // March: no intake open; the next to close (July's intake) leads, then 2026's main period.
    expect(ids(vexpert, '2026-03-10T12:00:00Z')).toEqual(['vexpert-2026-h2', 'vexpert-2027', 'vexpert-2026']);
  });
});

describe('listPortalItems', () => {
  it('answers the MVP portal with MVP items of the current window, the user’s own entries only', async () => {
    const reply = ok(await handleMessage({ type: 'listPortalItems' }, mvpPortal, deps));
    expect(reply.portal).toMatchObject({ programId: 'mvp', programName: 'Microsoft MVP', period: '2026-04-01T00:00:00.000Z' });
    expect(reply.portal!.periods.map((period) => period.id)).toEqual(['mvp-2027', 'mvp-2026']);
    expect(reply.portal!.items).toEqual([{ key: 'b1', heading: 'Private endpoints', entries: 1, warnings: [] }]);
    expect(reply.portal!.warnings).toEqual(['Pick a primary technology area: every activity needs one.']);
  });

  it('offers the previous window on request: March’s answers as one Online Support item', async () => {
    const previous = { from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    const reply = ok(await handleMessage({ type: 'listPortalItems', period: previous }, mvpPortal, deps));
    expect(reply.portal!.items).toEqual([{ key: 'online-support-2026-03', heading: 'Online Support, March 2026 (2)', entries: 2, warnings: [] }]);
  });

  it('answers the vExpert portal with its lists and “everything”', async () => {
    const reply = ok(await handleMessage({ type: 'listPortalItems' }, vexpertPortal, deps));
    expect(reply.portal!.programId).toBe('vexpert');
    expect(reply.portal!.items.map((item) => [item.key, item.entries])).toEqual([
      ['*', 3],
      ['blogging', 1],
      ['community-forums', 2],
    ]);
  });

  it('refuses the panel in a tab that is not a portal, the other extension pages, and every web page, the portal’s own included', async () => {
    const portalUrl = 'https://mvp.microsoft.com/en-US/account/';
    const refused = {
      'panel elsewhere': onPage('https://stackoverflow.com/questions/1/x'),
      popup: { id: 'abcdef', url: `${ORIGIN}popup.html` },
      'dashboard in a tab': { id: 'abcdef', url: `${ORIGIN}dashboard.html`, tab: { id: 7, url: portalUrl } },
      'a frame on the portal': { id: 'abcdef', url: 'https://ads.example/frame', tab: { id: 7, url: portalUrl } },
      // The page's world (and a content script in it) no longer lists entries: only the panel does.
      'the portal page': { id: 'abcdef', url: portalUrl, tab: { id: 7, url: portalUrl } },
    };
    for (const [name, sender] of Object.entries(refused)) {
      const reply = await handleMessage({ type: 'listPortalItems' }, sender, deps);
      expect(reply.ok, name).toBe(false);
    }
  });
});

describe('the panel in Firefox, where the background sees no tab URL', () => {
  const noUrl: Sender = { id: 'abcdef', url: `${ORIGIN}portal-panel.html`, tab: { id: 7 }, frameId: 12 };

  it('asks the portal script in that tab’s top frame where it is', async () => {
    const portalPageUrl = vi.fn(async () => 'https://mvp.microsoft.com/en-US/account/');
    const reply = ok(await handleMessage({ type: 'listPortalItems' }, noUrl, { ...deps, portalPageUrl }));
    expect(reply.portal!.programId).toBe('mvp');
    expect(portalPageUrl).toHaveBeenCalledWith(7);
  });

  it('refuses when the top frame is no portal, has no portal script, or the panel is in no tab', async () => {
    const answers = [async () => 'https://stackoverflow.com/questions/1/x', async () => undefined, async () => Promise.reject(new Error('Receiving end does not exist'))];
    for (const portalPageUrl of answers) {
      expect((await handleMessage({ type: 'listPortalItems' }, noUrl, { ...deps, portalPageUrl })).ok).toBe(false);
    }
    const asked = vi.fn(async () => 'https://mvp.microsoft.com/en-US/account/');
    expect((await handleMessage({ type: 'listPortalItems' }, { id: 'abcdef', url: `${ORIGIN}portal-panel.html` }, { ...deps, portalPageUrl: asked })).ok).toBe(false);
    // Another extension page in that tab is not the panel: the top frame is not even asked.
    expect((await handleMessage({ type: 'listPortalItems' }, { ...noUrl, url: `${ORIGIN}popup.html` }, { ...deps, portalPageUrl: asked })).ok).toBe(false);
    expect(asked).not.toHaveBeenCalled();
  });
});

describe('planPortalFill', () => {
  it('plans the item onto the collected form with the user’s stored choices', async () => {
    await saveChoices('mvp', { technologyFocusArea: 'Azure Networking' });
    const reply = ok(await handleMessage({ type: 'planPortalFill', itemKey: 'b1', form }, mvpPortal, deps));
    expect(reply.fill!.steps.map((step) => [step.key, step.value])).toEqual([
      ['f0', 'Blog'],
      ['f1', 'Private endpoints'],
      ['f2', 'Azure Networking'],
    ]);
    expect(reply.fill).toMatchObject({ itemKey: 'b1', entryIds: ['b1'] });
  });

  it('refuses a form description out of bounds, and an item no longer offered', async () => {
    const huge = { fields: Array.from({ length: 301 }, (_, index) => ({ ...form.fields[1]!, key: `f${index}` })) };
    expect(await handleMessage({ type: 'planPortalFill', itemKey: 'b1', form: huge }, mvpPortal, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'planPortalFill', itemKey: 'b1', form: { fields: [{ ...form.fields[0], widget: 'iframe' }] } }, mvpPortal, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'planPortalFill', itemKey: 'b2', form }, mvpPortal, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/no longer offered/) });
  });
});

describe('markPortalSubmitted', () => {
  it('marks the saved item’s entries for that program, and the item is no longer offered', async () => {
    const reply = await handleMessage({ type: 'markPortalSubmitted', itemKey: 'b1', entryIds: ['b1'] }, mvpPortal, deps);
    expect(reply).toEqual({ ok: true, marked: 1 });
    expect((await deps.db.contributions.get('b1'))!.programs).toEqual({ mvp: { status: 'submitted', at: '2026-11-22T12:00:00.000Z' } });
    expect(ok(await handleMessage({ type: 'listPortalItems' }, mvpPortal, deps)).portal!.items).toEqual([]);
  });

  it('marks only entries the item stands for, whatever ids the page sends', async () => {
    const previous = { from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    const reply = await handleMessage({ type: 'markPortalSubmitted', itemKey: 'online-support-2026-03', period: previous, entryIds: ['a0', 'b1', 'b2'] }, mvpPortal, deps);
    expect(reply).toEqual({ ok: true, marked: 1 });
    expect((await deps.db.contributions.get('a0'))!.programs.mvp?.status).toBe('submitted');
    expect((await deps.db.contributions.get('a1'))!.programs).toEqual({});
    expect((await deps.db.contributions.get('b1'))!.programs).toEqual({});
    const forged = await handleMessage({ type: 'markPortalSubmitted', itemKey: 'b1', entryIds: ['b2'] }, mvpPortal, deps);
    expect(forged).toMatchObject({ ok: false, error: 'Nothing to mark: those entries are not part of that item.' });
    expect((await deps.db.contributions.get('b2'))!.programs).toEqual({});
  });

  it('marks for the program of the page: a vExpert save never marks MVP', async () => {
    await handleMessage({ type: 'markPortalSubmitted', itemKey: '*', entryIds: ['b1', 'a0', 'a1'] }, vexpertPortal, deps);
    const marked = await deps.db.contributions.bulkGet(['b1', 'a0', 'a1']);
    expect(marked.map((e) => Object.keys(e!.programs))).toEqual([['vexpert'], ['vexpert'], ['vexpert']]);
  });
});
