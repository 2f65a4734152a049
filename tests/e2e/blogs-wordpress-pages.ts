import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * WordPress pages for the end-to-end tests, with a small "site script" standing in for the editor's
 * own JavaScript, which cannot load offline. Markup as in tests/fixtures/wordpress (from Gutenberg's
 * post-publish panel, Snackbar and core's edit-form-advanced.php); behaviour as research/sites.md §7
 * describes it: the block editor saves through the REST API (POST with X-HTTP-Method-Override: PUT)
 * and draws the post-publish panel; the classic editor posts its form and is redirected.
 */

export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'wordpress', name), 'utf8');

export interface BlockPost {
  site: string;
  id: number;
  status: 'draft' | 'publish';
  title: string;
  /** The public address once live (the REST answer's `link`). */
  link: string;
  dateGmt?: string;
}

const PARAGRAPHS = [
  'Three segments are enough for a home lab: management, workloads and a transit segment for the edge.',
  'Overlay transport zones make them portable between hosts without touching the physical switch.',
];

/** The editor canvas as WordPress 6.3+ frames it; its document is the page's own origin. */
function canvas(title: string): string {
  const doc = `<body class="editor-styles-wrapper block-editor-writing-flow">
<h1 class="wp-block wp-block-post-title editor-post-title editor-post-title__input rich-text" contenteditable="true" role="textbox" aria-label="Add title">${title}</h1>
<div class="is-root-container wp-block-post-content block-editor-block-list__layout">
${PARAGRAPHS.map((text, i) => `<p class="block-editor-rich-text__editable block-editor-block-list__block wp-block wp-block-paragraph rich-text" id="block-${i}" data-block="${i}" data-type="core/paragraph" contenteditable="true">${text}</p>`).join('\n')}
</div></body>`;
  return `<iframe name="editor-canvas" class="edit-post-visual-editor__content-area" title="Editor canvas" srcdoc="${doc.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
}

/** The editor's stand-in script, shared with the site's e2e cases. */
const BLOCK_SCRIPT = `<script>\n${fixture('e2e/block-editor.js')}</script>`;

/** The block editor for one post, before the user acts on it (without its stand-in script, if asked). */
export function blockEditor(post: BlockPost, { script = true } = {}): string {
  const preload = {
    [`/wp/v2/posts/${post.id}?context=edit`]: {
      body: {
        id: post.id,
        status: post.status,
        type: 'post',
        link: post.status === 'publish' ? post.link : `${post.site}/?p=${post.id}`,
        date_gmt: post.dateGmt ?? null,
        author: 3,
        title: { raw: post.title },
        excerpt: { raw: '' },
        content: { raw: `<!-- wp:paragraph -->\n<p>${PARAGRAPHS[0]}</p>\n<!-- /wp:paragraph -->` },
      },
    },
  };
  const live = post.status === 'publish';
  const header = live
    ? '<button type="button" class="components-button editor-post-publish-button editor-post-publish-button__button is-primary is-compact">Save</button>'
    : '<button type="button" class="components-button editor-post-save-draft is-tertiary">Save draft</button>' +
      '<button type="button" aria-expanded="false" class="components-button editor-post-publish-panel__toggle editor-post-publish-button__button is-primary is-compact">Publish</button>';
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Edit Post “${post.title}” ‹ Jane Doe’s Lab Notes — WordPress</title>
<script>var userSettings = {"url":"\\/","uid":"3","time":"1795341600","secure":"1"};</script>
<script>wp = { apiFetch: { use() {}, createPreloadingMiddleware() {} } };
wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( ${JSON.stringify(preload).replaceAll('/', '\\/')} ) );</script>
<script type="application/json" id="test-post">${JSON.stringify({ id: post.id, status: post.status, title: post.title })}</script>
</head>
<body class="wp-admin wp-core-ui post-php post-type-post block-editor-page is-fullscreen-mode">
<div id="wpadminbar"><li id="wp-admin-bar-my-account"><a class="ab-item" href="/wp-admin/profile.php">Howdy, <span class="display-name">Jane Doe</span></a></li></div>
<div class="block-editor"><div id="editor" class="block-editor__container">
<div class="editor-editor-interface interface-interface-skeleton">
  <div class="interface-interface-skeleton__header"><div class="editor-header edit-post-header"><div class="editor-header__settings">${header}</div></div></div>
  <div class="interface-interface-skeleton__body">
    <div class="interface-interface-skeleton__content"><div class="editor-visual-editor">${canvas(post.title)}</div></div>
    <div class="interface-interface-skeleton__actions" role="region" aria-label="Editor publish"></div>
  </div>
</div>
<div class="components-snackbar-list"></div>
</div></div>
${script ? BLOCK_SCRIPT : ''}
</body></html>`;
}

/** wordpress.com's own page around the editor, which it shows in a frame of the blog's wp-admin. */
export function calypso(editorUrl: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Edit Post ‹ WordPress.com</title></head>
<body class="is-section-gutenberg-editor"><div id="wpcom" class="wpcom-site"><div class="layout is-section-gutenberg-editor">
<div class="main main-column calypsoify is-iframe" role="main">
<iframe id="calypsoify" class="is-iframe-loaded" src="${editorUrl}" title="Block Editor" style="width:100%;height:900px;border:0"></iframe>
</div></div></div></body></html>`;
}

/**
 * The classic editor's pages for one post (88), taken from the published fixture: the draft being
 * written, and what the redirect after Publish (message=6) or Save Draft (message=10) shows.
 */
function classicDraft(notice: string): string {
  return fixture('classic-published.html')
    .replace(/<div id="message"[\s\S]*?<\/div>\n/, notice)
    .replace('id="original_post_status" name="original_post_status" value="publish"', 'id="original_post_status" name="original_post_status" value="draft"')
    .replace('<div id="preview-action">', '<div id="save-action"><input type="submit" name="save" id="save-post" value="Save Draft" class="button"></div>\n<div id="preview-action">')
    .replace('value="Update">\n<input type="submit" name="save" id="publish"', 'value="Publish">\n<input type="submit" name="publish" id="publish"')
    .replace('class="button button-primary button-large" value="Update"', 'class="button button-primary button-large" value="Publish"');
}

export const classic = {
  draft: () => classicDraft(''),
  published: () => fixture('classic-published.html'),
  draftSaved: () =>
    classicDraft('<div id="message" class="updated notice notice-success is-dismissible"><p>Post draft updated. <a target="_blank" href="https://jdoe.wordpress.com/?p=88&amp;preview=true">Preview post</a></p></div>\n'),
};
