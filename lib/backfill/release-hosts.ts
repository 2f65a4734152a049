import type { WxtBrowser } from 'wxt/browser';
import { loadSettings } from '../settings';
import { sitePattern } from '../user-sites/sites';
import { releaseOrphanedHosts } from './borrowed-hosts';

type Api = Pick<WxtBrowser, 'runtime' | 'storage' | 'permissions' | 'tabs'>;

/** Chrome's runtime.getContexts (116+) and MV2's extension.getViews, whichever the browser has. */
type ContextsApi = { getContexts?: (filter: { contextTypes: string[] }) => Promise<{ documentUrl?: string }[]> };
type ViewsApi = { extension?: { getViews?: (filter: { type: string }) => Window[] } };

/** A closing tab is still listed for a moment; look again after it is gone. */
const AFTER_CLOSE_MS = 1000;

/** Whether a dashboard tab (the page that runs imports) is open. */
async function dashboardOpen(api: Api): Promise<boolean> {
  const dashboard = api.runtime.getURL('/dashboard.html');
  const runtime = api.runtime as unknown as ContextsApi;
  if (runtime.getContexts) {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'] });
    return contexts.some((context) => context.documentUrl?.startsWith(dashboard));
  }
  const views = (api as unknown as ViewsApi).extension?.getViews?.({ type: 'tab' }) ?? [];
  return views.some((view) => view.location.href.startsWith(dashboard));
}

/**
 * Gives back the host access of an import whose dashboard closed before it ended: when the worker
 * starts (after a crash, at browser start) and whenever a tab closes. Listeners are added
 * synchronously so the event that wakes the worker is not missed.
 */
export function watchBorrowedHosts(api: Api): void {
  const release = () =>
    void releaseOrphanedHosts({
      storage: api.storage.local,
      permissions: { remove: (origins) => api.permissions.remove({ origins }) },
      importPageOpen: () => dashboardOpen(api),
      kept: async () => (await loadSettings()).userSites.map((site) => sitePattern(site.origin)),
    }).catch((error: unknown) => console.warn('[contribution-tracker] borrowed host access not released', error));
  api.tabs.onRemoved.addListener(() => void setTimeout(release, AFTER_CLOSE_MS));
  release();
}
