import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import linkedin from '../../../lib/adapters/linkedin';
import { withStoredHandle } from '../../../lib/capture/handles';
import { canonicalize } from '../../../lib/sites';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const OWN_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7439962551092434567/';
/** The key a post is stored under (links lose their trailing slash). */
const POST_KEY = 'https://www.linkedin.com/feed/update/urn:li:activity:7439962551092434567';
const OTHER_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7445480158004434567/';
const OWN_ARTICLE = 'https://www.linkedin.com/pulse/running-vsphere-9-lifecycle-images-scale-dana-kowalski-abcde';

/** A page read with the handle the user set for LinkedIn (their vanity name or profile address). */
function ownership(file: string, url: string, handle: string | undefined) {
  const doc = loadDocument(join(FIXTURES_DIR, 'linkedin', file));
  const adapter = withStoredHandle(linkedin, handle);
  return adapter.items(doc).map((item) => adapter.extract(doc, new URL(url), item)?.own);
}

describe('LinkedIn posts and articles are the user’s by their author', () => {
  it.each(['dana-kowalski-vexpert', 'https://www.linkedin.com/in/dana-kowalski-vexpert/'])('takes the post and the article by %s as the user’s', (handle) => {
    expect(ownership('post-own.html', OWN_POST, handle)).toEqual([true]);
    expect(ownership('article-own.html', OWN_ARTICLE, handle)).toEqual([true]);
  });

  it('takes nothing as the user’s without the handle, by another author, or for a name in the text', () => {
    expect(ownership('post-own.html', OWN_POST, undefined)).toEqual([false]);
    expect(ownership('post-own.html', OWN_POST, 'priya-nair-cloud')).toEqual([false]);
    expect(ownership('post-other.html', OTHER_POST, 'dana-kowalski-vexpert')).toEqual([false]);
    expect(ownership('post-other.html', OTHER_POST, 'Dana Kowalski')).toEqual([false]);
  });
});

describe('LinkedIn links', () => {
  it.each([
    ['https://www.linkedin.com/posts/dana-kowalski-vexpert_vexpert-vmug-activity-7439962551092434567-AbCd?utm_source=share', POST_KEY],
    [`${OWN_POST}?updateEntityUrn=x`, POST_KEY],
    [`${OWN_ARTICLE}?trackingId=abc`, OWN_ARTICLE],
    ['https://www.linkedin.com/posts/dana-kowalski-vexpert_hello-ugcPost-7439962551092434000-XyZw?utm_source=x', 'https://www.linkedin.com/posts/dana-kowalski-vexpert_hello-ugcPost-7439962551092434000-XyZw'],
  ])('%s is stored as %s', (raw, key) => {
    expect(canonicalize(raw)).toBe(key);
  });
});
