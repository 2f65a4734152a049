import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { adapters } from '../../../lib/adapters';
import { matchPattern } from '../../../lib/capture/match';

const URLS = [
  'https://stackoverflow.com/questions/52742612/how-to-print',
  'https://meta.stackoverflow.com/questions/1',
  'https://stackoverflow.com/q/52742612',
  'https://evilstackoverflow.com/questions/1',
  'https://stackoverflow.com.evil.example/questions/1',
  'http://stackoverflow.com/questions/1',
  'https://jdoe.wordpress.com/wp-admin/post.php?post=415&action=edit',
  'https://wordpress.com/wp-admin/post-new.php',
  'https://github.com/acme/widgets/pull/7',
  'https://github.com/acme/pull/7',
  'https://www.meetup.com/group/events/311222333/',
  'https://www.meetup.com/events/',
  'https://mastodon.social/@lea/1',
  'https://mastodon.social/users/lea',
  'https://learn.microsoft.com/en-us/answers/questions/1',
  'https://learnxmicrosoft.com/en-us/answers/questions/1',
];

describe('match patterns in content scripts', () => {
  it('agree with the background’s check on every site pattern', () => {
    const patterns = [...new Set(adapters.flatMap((adapter) => adapter.site.matches))];
    expect(patterns.length).toBeGreaterThan(30);
    for (const pattern of patterns) {
      const ours = matchPattern(pattern);
      const theirs = new MatchPattern(pattern);
      for (const url of URLS) expect(ours(new URL(url)), `${pattern} on ${url}`).toBe(theirs.includes(new URL(url)));
    }
  });

  it('reads hosts, schemes and paths as the browser does', () => {
    const question = matchPattern('https://*.stackoverflow.com/questions/*');
    expect(question(new URL('https://stackoverflow.com/questions/1'))).toBe(true);
    expect(question(new URL('https://meta.stackoverflow.com/questions/1/x'))).toBe(true);
    expect(question(new URL('https://notstackoverflow.com/questions/1'))).toBe(false);
    expect(question(new URL('http://stackoverflow.com/questions/1'))).toBe(false);
    expect(question(new URL('https://stackoverflow.com/q/1'))).toBe(false);
    expect(matchPattern('*://example.org/a.b*')(new URL('http://example.org/a.bc'))).toBe(true);
    expect(matchPattern('*://example.org/a.b*')(new URL('http://example.org/aXb'))).toBe(false);
    expect(matchPattern('not a pattern')(new URL('https://example.org/'))).toBe(false);
    expect(matchPattern('https://*/x')(new URL('https://any.example/x'))).toBe(true);
    expect(matchPattern('https://a*.example/x')(new URL('https://ab.example/x'))).toBe(false);
  });

  it('reads a path glob of several stars in order, without parts overlapping', () => {
    const glob = matchPattern('https://example.org/a*b*c');
    expect(glob(new URL('https://example.org/abc'))).toBe(true);
    expect(glob(new URL('https://example.org/a-c-b-c'))).toBe(true);
    expect(glob(new URL('https://example.org/acb'))).toBe(false);
    expect(glob(new URL('https://example.org/abcd'))).toBe(false);
    expect(matchPattern('https://example.org/ab*ba')(new URL('https://example.org/aba'))).toBe(false);
    expect(matchPattern('https://example.org/ab*ba')(new URL('https://example.org/abba'))).toBe(true);
    expect(matchPattern('https://example.org/a*b*c')(new URL('https://example.org/ac'))).toBe(false);
  });
});
