import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import githubContributions from '../../../lib/adapters/github-contributions';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const page = (name: string) => loadDocument(join(FIXTURES_DIR, 'github-contributions', `${name}.html`));
const PR = new URL('https://github.com/MicrosoftDocs/azure-docs/pull/123456');
const mergedAt = Date.parse('2026-02-19T10:42:07Z');

/** The same pull request as the page showed it before the maintainer merged it. */
function openVersion(doc: Document): Document {
  const state = doc.querySelector('.gh-header-meta .State')!;
  state.className = 'State State--open';
  state.setAttribute('title', 'Status: Open');
  state.textContent = 'Open';
  return doc;
}

describe('watching a post’s state (a pull request merged while its author views it)', () => {
  it('captures the merge once, with no click of the user’s, and not the page as it loaded', async () => {
    const storage = memoryStorage();
    const onCapture = vi.fn();
    const auto = createAutoCapture(githubContributions, storage, onCapture, () => mergedAt - 60_000);
    const loaded = openVersion(page('pr-own-merged'));
    auto.watch(loaded, PR);
    expect(await auto.confirm(loaded, PR)).toBeUndefined();
    const merged = page('pr-own-merged');
    expect(await auto.confirm(merged, PR)).toMatchObject({ kind: 'documentation', own: true, source: 'auto', publishedAt: '2026-02-19T10:42:07.000Z' });
    expect(await auto.confirm(merged, PR)).toBeUndefined();
    expect(onCapture).toHaveBeenCalledOnce();
    // The watch lives in memory: nothing is left armed in storage for a later page.
    expect(storage.data.size).toBe(0);
  });

  it('captures nothing without the watch, nor for someone else’s pull request, nor in the user’s own repository', async () => {
    const onCapture = vi.fn();
    const unwatched = createAutoCapture(githubContributions, memoryStorage(), onCapture, () => mergedAt);
    expect(await unwatched.confirm(page('pr-own-merged'), PR)).toBeUndefined();

    const other = createAutoCapture(githubContributions, memoryStorage(), onCapture, () => Date.parse('2026-03-03T13:20:30Z'));
    const otherUrl = new URL('https://github.com/vmware/example-csi-samples/pull/4821');
    other.watch(loadDocument(join(FIXTURES_DIR, 'github-contributions', 'issue-own-open.html')), otherUrl);
    expect(await other.confirm(page('pr-other-open'), otherUrl)).toBeUndefined();

    const ownRepo = createAutoCapture(githubContributions, memoryStorage(), onCapture, () => mergedAt - 60_000);
    const ownRepoUrl = new URL('https://github.com/dkowalski-dev/aks-notes/pull/12');
    ownRepo.watch(openVersion(page('pr-own-repository')), ownRepoUrl);
    expect(await ownRepo.confirm(page('pr-own-repository'), ownRepoUrl)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });
});
