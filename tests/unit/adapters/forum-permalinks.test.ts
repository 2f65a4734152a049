import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../lib/sites';

describe('one key per post on Reddit, GitHub Discussions and Discourse', () => {
  it.each([
    'https://www.reddit.com/r/webdev/comments/1gq7x2k/comment/lw1c4d5/',
    'https://old.reddit.com/r/webdev/comments/1gq7x2k/how_do_you_version_a_public_rest_api/lw1c4d5/',
    'https://reddit.com/r/WebDev/comments/1gq7x2k/how_do_you_version_a_public_rest_api/lw1c4d5/?utm_source=share&utm_medium=web2x',
    'https://new.reddit.com/r/webdev/comments/1gq7x2k/x/lw1c4d5?context=3',
    'http://np.reddit.com/r/webdev/comments/1GQ7X2K/comment/LW1C4D5',
  ])('Reddit comment %s', (url) => {
    expect(canonicalize(url)).toBe('https://www.reddit.com/r/webdev/comments/1gq7x2k/comment/lw1c4d5');
  });

  it('keeps a Reddit thread apart from its comments', () => {
    expect(canonicalize('https://old.reddit.com/r/webdev/comments/1gq7x2k/how_do_you_version_a_public_rest_api/')).toBe(
      'https://www.reddit.com/r/webdev/comments/1gq7x2k',
    );
    expect(canonicalize('https://www.reddit.com/r/webdev/')).toBe('https://www.reddit.com/r/webdev');
  });

  it.each([
    'https://github.com/acme/widgets/discussions/42#discussioncomment-1003',
    'https://github.com/Acme/Widgets/discussions/42?sort=top#discussioncomment-1003',
    'https://github.com/acme/widgets/discussions/42/#discussioncomment-1003',
  ])('GitHub discussion comment %s', (url) => {
    expect(canonicalize(url)).toBe('https://github.com/acme/widgets/discussions/42#discussioncomment-1003');
  });

  it('keeps organisation discussions and drops scroll fragments', () => {
    expect(canonicalize('https://github.com/orgs/community/discussions/26622#discussioncomment-3252561')).toBe(
      'https://github.com/orgs/community/discussions/26622#discussioncomment-3252561',
    );
    expect(canonicalize('https://github.com/acme/widgets/discussions/42#top')).toBe('https://github.com/acme/widgets/discussions/42');
  });

  it.each([
    'https://meta.discourse.org/t/webhook-deliveries/311234/2',
    'https://meta.discourse.org/t/webhook-deliveries/311234/2?u=sam_helper',
    'https://meta.discourse.org/t/webhook-deliveries/311234#post_2',
    'https://meta.discourse.org/t/webhook-deliveries/311234/2/',
  ])('Discourse post %s', (url) => {
    expect(canonicalize(url)).toBe('https://meta.discourse.org/t/webhook-deliveries/311234/2');
  });

  it('applies the Discourse rule to a forum the user added, sub-folder installs included', () => {
    const added = [{ origin: 'https://forum.example.org', adapter: 'discourse' }];
    expect(canonicalize('https://forum.example.org/community/t/a-topic/77/5?u=someone&page=2', added)).toBe('https://forum.example.org/community/t/a-topic/77/5?page=2');
  });

  it('leaves /t/ paths alone on hosts that are not Discourse forums', () => {
    expect(canonicalize('https://shop.example.com/t/shirts/12/3?u=ref')).toBe('https://shop.example.com/t/shirts/12/3?u=ref');
    // Added for another family, the host is not Discourse's either.
    expect(canonicalize('https://blog.example.org/t/tips/4?u=x', [{ origin: 'https://blog.example.org', adapter: 'wordpress' }])).toBe('https://blog.example.org/t/tips/4?u=x');
  });
});
