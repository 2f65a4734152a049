import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adapters } from '../../../lib/adapters';
import { postAdapters } from '../../../lib/adapters/posts';
import { socialAdapters } from '../../../lib/adapters/social';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { capturable, followSoftNavigation, QUIET_MS, SETTLE_MAX_MS, settled, watchNavigations, whenCapturable, type PageWatch } from '../../../lib/capture/soft-navigation';

const LIST = 'https://github.com/vmware/example-csi-samples/pulls';
const PR = 'https://github.com/vmware/example-csi-samples/pull/4821';
const FEED = 'https://www.linkedin.com/feed/';

/**
 * A window the test moves by hand: its address, the Navigation API's target when `withNavigation`,
 * and the fake timers. The document is happy-dom's, emptied per test.
 */
function fakePage(href: string, withNavigation = true) {
  const events = new EventTarget();
  const navigation = withNavigation ? new EventTarget() : undefined;
  const controller = new AbortController();
  const win = {
    location: { href },
    navigation,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  const page: PageWatch = { doc: document, win, signal: controller.signal };
  /** The page's own pushState as the browser reports it: the address changes, then navigatesuccess (or nothing, without the API). */
  const move = (to: string) => {
    win.location.href = to;
    navigation?.dispatchEvent(new Event('navigatesuccess'));
  };
  const back = (to: string) => {
    win.location.href = to;
    events.dispatchEvent(new Event('popstate'));
  };
  return { page, win, move, back, stop: () => controller.abort() };
}

/** Lets the MutationObserver callbacks (microtasks) and then QUIET_MS of fake time pass. */
async function quietFor(ms = QUIET_MS) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function ourButton(): Element {
  const host = document.createElement('span');
  host.setAttribute(INJECTED_ATTR, 'save');
  document.body.append(host);
  return host;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = '<title>Pull requests</title>';
  document.body.innerHTML = '<main>list</main>';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('which pages a family captures on', () => {
  it('follows the adapters’ own patterns: a pull request yes, the list it was opened from no', () => {
    expect(capturable(socialAdapters, new URL(PR))).toBe(true);
    expect(capturable(socialAdapters, new URL(`${PR}/files`))).toBe(true);
    expect(capturable(socialAdapters, new URL(LIST))).toBe(false);
    expect(capturable(postAdapters, new URL('https://www.linkedin.com/feed/update/urn:li:activity:7445480158004434567/'))).toBe(true);
    expect(capturable(postAdapters, new URL(FEED))).toBe(false);
  });

  it('widens only within the hosts a site already runs on, and never to every site', () => {
    for (const adapter of adapters) {
      const hosts = new Set(adapter.site.matches.map((pattern) => new URL(pattern.replace('*.', '')).host));
      for (const pattern of adapter.site.navigatesFrom ?? []) {
        expect(pattern, adapter.site.id).toMatch(/^https:\/\/[a-z0-9.-]+\//);
        expect(hosts.has(new URL(pattern).host), `${adapter.site.id}: ${pattern}`).toBe(true);
      }
    }
    expect(adapters.filter((adapter) => adapter.site.navigatesFrom).map((adapter) => adapter.site.id).sort()).toEqual(['github-contributions', 'github-discussions', 'linkedin']);
  });
});

describe('waiting for the new page to settle', () => {
  it('resolves once the document is quiet, not while it keeps changing', async () => {
    const { page } = fakePage(PR);
    const done = vi.fn();
    void settled(page).then(done);
    await quietFor(QUIET_MS - 50);
    document.body.append(document.createElement('div'));
    await quietFor(QUIET_MS - 50);
    expect(done).not.toHaveBeenCalled();
    await quietFor(100);
    expect(done).toHaveBeenCalledOnce();
  });

  it('gives up waiting on a page that never stops changing', async () => {
    const { page } = fakePage(PR);
    const done = vi.fn();
    void settled(page).then(done);
    for (let waited = 0; waited < SETTLE_MAX_MS; waited += 100) {
      document.body.append(document.createElement('div'));
      await quietFor(100);
    }
    expect(done).toHaveBeenCalledOnce();
  });
});

describe('noticing in-page moves', () => {
  it('reports a move once its content has settled, with the new address', async () => {
    const { page, move } = fakePage(LIST);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    move(PR);
    document.body.innerHTML = '<main>the pull request</main>';
    await quietFor(QUIET_MS - 50);
    expect(onPage).not.toHaveBeenCalled();
    await quietFor(100);
    expect(onPage).toHaveBeenCalledOnce();
    expect(onPage.mock.calls[0]![0].href).toBe(PR);
  });

  it('ignores a jump within the page and a replaceState to the same address', async () => {
    const { page, move } = fakePage(PR);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    move(`${PR}#issuecomment-42`);
    move(PR);
    await quietFor(SETTLE_MAX_MS);
    expect(onPage).not.toHaveBeenCalled();
  });

  it('reports only the last of quick moves', async () => {
    const { page, move } = fakePage(LIST);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    move(PR);
    move(`${PR}/files`);
    await quietFor(SETTLE_MAX_MS);
    expect(onPage.mock.calls.map(([url]) => (url as URL).href)).toEqual([`${PR}/files`]);
  });

  it('notices GitHub’s own render events, and without the Navigation API back, forward and a rewritten <head>', async () => {
    const { page, win, back } = fakePage(LIST, false);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    win.location.href = PR;
    document.dispatchEvent(new Event('turbo:load'));
    await quietFor();
    back(LIST);
    await quietFor();
    win.location.href = FEED;
    document.title = 'Feed | LinkedIn';
    await quietFor();
    expect(onPage.mock.calls.map(([url]) => (url as URL).href)).toEqual([PR, LIST, FEED]);
  });

  it('routes again when GitHub says a slow visit has rendered, though the address changed long before', async () => {
    const { page, move } = fakePage(LIST);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    move(PR);
    await quietFor(SETTLE_MAX_MS);
    document.body.innerHTML = '<main>the pull request, fetched at last</main>';
    document.dispatchEvent(new Event('turbo:load'));
    await quietFor();
    expect(onPage.mock.calls.map(([url]) => (url as URL).href)).toEqual([PR, PR]);
  });

  it('stops listening when the content script goes away', async () => {
    const { page, move, stop } = fakePage(LIST);
    const onPage = vi.fn();
    watchNavigations(page, onPage);
    stop();
    move(PR);
    await quietFor(SETTLE_MAX_MS);
    expect(onPage).not.toHaveBeenCalled();
  });
});

describe('routing the running capture again', () => {
  it('takes the last page’s Save buttons off and routes again; where no adapter runs none stays', async () => {
    const { page, move } = fakePage(PR);
    const stale = ourButton();
    // The last page's adapter scans the new content while the route is under way.
    let late: Element | undefined;
    const route = vi.fn(async () => {
      late = ourButton();
    });
    followSoftNavigation(page, socialAdapters, route);
    move(LIST);
    await quietFor();
    expect(route).toHaveBeenCalledOnce();
    expect(stale.isConnected).toBe(false);
    expect(late?.isConnected).toBe(false);
  });

  it('keeps what the new route adds on a page an adapter runs on', async () => {
    const { page, move } = fakePage(LIST);
    let added: Element | undefined;
    followSoftNavigation(page, socialAdapters, async () => {
      added = ourButton();
    });
    move(PR);
    await quietFor();
    expect(added?.isConnected).toBe(true);
  });
});

describe('waiting on a page the family does not capture on', () => {
  it('starts at once on a capturable page', () => {
    const { page } = fakePage(PR);
    const start = vi.fn();
    whenCapturable(page, socialAdapters, start);
    expect(start).toHaveBeenCalledOnce();
  });

  it('only listens until a move lands on a capturable page, then starts once', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { page, move } = fakePage(LIST);
    const start = vi.fn();
    whenCapturable(page, socialAdapters, start);
    expect(observe).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    move('https://github.com/vmware/example-csi-samples/actions');
    await quietFor();
    expect(start).not.toHaveBeenCalled();
    move(PR);
    await quietFor();
    expect(start).toHaveBeenCalledOnce();
    move(LIST);
    await quietFor();
    move(`${PR}/files`);
    await quietFor();
    expect(start).toHaveBeenCalledOnce();
  });
});
