import { definePublish, detectPublish } from './define';
import { excerptOf, first, textOf } from '../dom';
import { articleFacts } from './blog-page';
import { defineSite } from '../sites/define';

export const site = /* @__PURE__ */ defineSite({
  id: 'medium',
  name: 'Medium',
  kind: 'blog-post',
  matches: ['https://medium.com/*', 'https://*.medium.com/*'],
});

// Markup facts: research/sites.md §8. Medium is closed source: the publish buttons come from several
// independent publishing bots [V-3p]; the story page's JSON-LD NewsArticle from saved pages [V].
// After "Publish now" the app moves to the story's own URL, which ends with the id its editor showed.
const sel = {
  title: ['h1[data-testid="storyTitle"]', 'article h1', 'h1.graf--title'],
  paragraphs: 'article p, section p.graf',
} as const;

const MEDIUM_HOST = /(^|\.)medium\.com$/;
const EDITOR_PATH = /^\/(?:new-story|p\/[0-9a-f]{8,}\/edit)\/?$/;

/** A story's id: the hex after the slug's last dash, or /p/{id}. */
function storyIdOf(path: string): string | undefined {
  return path.match(/^\/p\/([0-9a-f]{8,})\/?$/)?.[1] ?? path.match(/-([0-9a-f]{8,12})\/?$/)?.[1];
}

export const detector = /* @__PURE__ */ detectPublish(site, {
  publishIntent: 'button[data-testid="publishConfirmButton"], button[data-action="publish"], button[data-action="republish"]',

  detect: (_doc, url) => MEDIUM_HOST.test(url.hostname) && (EDITOR_PATH.test(url.pathname) || storyIdOf(url.pathname) !== undefined),
});

export default /* @__PURE__ */ definePublish(detector, {
  /** The story page of the very draft whose editor the user published from (/p/{id}/edit). */
  confirmPublish(doc, url, intent) {
    const draftId = intent.path.match(/^\/p\/([0-9a-f]{8,})\/edit/)?.[1];
    const storyId = storyIdOf(url.pathname);
    if (!draftId || storyId !== draftId) return null;
    const title = textOf(first(doc, sel.title));
    if (!title) return null;
    // The head can lag behind in-app navigation: its facts count only when they name this story.
    const facts = articleFacts(doc);
    const current = facts.url !== undefined && storyIdOf(new URL(facts.url, url).pathname) === storyId;
    const text = [...doc.querySelectorAll(sel.paragraphs)].map((p) => textOf(p)).filter(Boolean).join('\n');
    return {
      url: current ? new URL(facts.url!, url).href : `${url.origin}${url.pathname}`,
      title,
      excerpt: excerptOf(text || (current && facts.description) || ''),
      text: text || undefined,
      publishedAt: current ? facts.publishedAt : undefined,
      author: current ? facts.author : undefined,
      own: true,
    };
  },
});
