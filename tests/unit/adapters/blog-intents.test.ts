import { describe, expect, it } from 'vitest';
import blogger from '../../../lib/adapters/blogger';
import devTo from '../../../lib/adapters/dev-to';
import ghost from '../../../lib/adapters/ghost';
import medium from '../../../lib/adapters/medium';
import wordpress from '../../../lib/adapters/wordpress';
import type { Adapter } from '../../../lib/adapters/define';
import { canonicalize } from '../../../lib/sites';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { memoryStorage } from '../../helpers/memory-storage';

/** Does a click on `selector` count as the intent to publish? */
async function isIntent(adapter: Adapter, html: string, selector: string): Promise<boolean> {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`no ${selector} in the test page`);
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: target });
  const auto = createAutoCapture(adapter, memoryStorage(), () => undefined);
  return auto.noteIntent(event, doc, new URL('https://example.org/editor'));
}

// Controls as the editors render them (see each adapter's markup notes).
const GUTENBERG = `
  <button class="components-button editor-post-save-draft is-tertiary">Save draft</button>
  <button class="components-button editor-preview-dropdown__toggle" aria-label="View"></button>
  <button class="components-button editor-post-publish-panel__toggle editor-post-publish-button__button is-primary">Publish</button>
  <div class="editor-post-publish-panel__header-publish-button">
    <button class="components-button editor-post-publish-button editor-post-publish-button__button is-primary"><span>Publish</span></button>
  </div>`;
const CLASSIC = `
  <form id="post"><input type="submit" id="save-post" value="Save Draft"><a id="post-preview" href="/?p=9&amp;preview=true">Preview</a>
  <input type="submit" name="publish" id="publish" value="Publish"></form>`;
const GHOST = `
  <button data-test-button="publish-flow"><span>Publish</span></button>
  <button data-test-button="continue"><span>Continue, final review →</span></button>
  <button data-test-button="confirm-publish"><span>Publish post, right now</span></button>
  <button data-test-button="publish-save"><span>Update</span></button>`;
const FOREM = `
  <div id="editor-actions" class="crayons-article-form__footer">
    <button class="c-btn c-btn--primary">Publish</button><button class="c-btn c-btn--secondary">Save <span>Draft</span></button>
  </div>`;
const FOREM_OLD = `
  <div class="crayons-article-form__footer">
    <button class="crayons-btn mr-2 whitespace-nowrap">Publish</button><button class="crayons-btn crayons-btn--secondary mr-2">Save draft</button>
    <button class="crayons-btn crayons-btn--ghost crayons-btn--s">Revert new changes</button>
  </div>`;
const MEDIUM = `
  <button data-action="show-prepublish" data-testid="publishButton">Publish</button>
  <div role="dialog"><button data-action="publish" data-testid="publishConfirmButton">Publish now</button></div>`;
const BLOGGER = `
  <div role="button" class="U26fgb"><span class="RveJvd">Preview</span></div>
  <div role="button" class="U26fgb zZhnYe"><span class="RveJvd">Publish</span></div>`;

describe('what counts as the intent to publish', () => {
  it.each([
    ['WordPress block editor: Publish in the panel (also Update/Save on a live post)', true, wordpress, GUTENBERG, '.editor-post-publish-button span'],
    ['WordPress block editor: the toggle that only opens the panel', false, wordpress, GUTENBERG, '.editor-post-publish-panel__toggle'],
    ['WordPress block editor: Save draft', false, wordpress, GUTENBERG, '.editor-post-save-draft'],
    ['WordPress block editor: Preview', false, wordpress, GUTENBERG, '.editor-preview-dropdown__toggle'],
    ['WordPress classic editor: Publish', true, wordpress, CLASSIC, '#publish'],
    ['WordPress classic editor: Save Draft', false, wordpress, CLASSIC, '#save-post'],
    ['WordPress classic editor: Preview', false, wordpress, CLASSIC, '#post-preview'],
    ['Ghost: Publish post, right now', true, ghost, GHOST, '[data-test-button="confirm-publish"] span'],
    ['Ghost: opening the publish flow', false, ghost, GHOST, '[data-test-button="publish-flow"]'],
    ['Ghost: Update of a live post', false, ghost, GHOST, '[data-test-button="publish-save"]'],
    ['dev.to: Publish', true, devTo, FOREM, '.c-btn--primary'],
    ['dev.to: Save draft', false, devTo, FOREM, '.c-btn--secondary span'],
    ['dev.to (older Crayons): Publish', true, devTo, FOREM_OLD, '.crayons-btn.mr-2:first-child'],
    ['dev.to (older Crayons): Revert', false, devTo, FOREM_OLD, '.crayons-btn--ghost'],
    ['Medium: Publish now', true, medium, MEDIUM, '[data-testid="publishConfirmButton"]'],
    ['Medium: opening the pre-publish screen', false, medium, MEDIUM, '[data-testid="publishButton"]'],
    ['Blogger: Publish', true, blogger, BLOGGER, '.zZhnYe span'],
    ['Blogger: Preview', false, blogger, BLOGGER, '.U26fgb:not(.zZhnYe)'],
  ] as const)('%s → %s', async (_label, expected, adapter, html, selector) => {
    expect(await isIntent(adapter, html, selector)).toBe(expected);
  });
});

describe('blog URLs', () => {
  it('takes a Blogger post’s mobile rendering for the same post', () => {
    expect(canonicalize('https://jdoe-notes.blogspot.com/2026/11/migrating-to-vcf-9.html?m=1')).toBe(
      'https://jdoe-notes.blogspot.com/2026/11/migrating-to-vcf-9.html',
    );
  });

  it('keeps the ?p= of a WordPress blog without pretty permalinks, which is the post itself', () => {
    expect(canonicalize('https://blog.example.org/?p=412&utm_source=rss')).toBe('https://blog.example.org/?p=412');
  });
});
