import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../lib/sites';
import { canonicalUrl, InvalidUrlError } from '../../lib/url';

describe('canonicalUrl (generic rules)', () => {
  it.each([
    ['http://Example.COM/post/', 'https://example.com/post'],
    ['https://example.com/post?utm_source=x&utm_medium=y&id=3', 'https://example.com/post?id=3'],
    ['https://example.com/post?fbclid=abc&gclid=def&ref=hn&msclkid=1', 'https://example.com/post'],
    ['https://learn.microsoft.com/en-us/answers/questions/1/x?WT.mc_id=twitter', 'https://learn.microsoft.com/en-us/answers/questions/1/x'],
    ['https://example.com/post?b=2&a=1', 'https://example.com/post?a=1&b=2'],
    ['https://example.com/post#comments', 'https://example.com/post'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://user:pw@example.com:8443/x', 'https://example.com/x'],
    ['https://example.com//a//b/', 'https://example.com/a/b'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://example.com./x', 'https://example.com/x'],
    ['https://github.com/o/r/discussions/7#discussioncomment-123', 'https://github.com/o/r/discussions/7#discussioncomment-123'],
    ['https://techcommunity.microsoft.com/t5/b/s/m-p/42#M9', 'https://techcommunity.microsoft.com/t5/b/s/m-p/42#M9'],
    ['https://meta.discourse.org/t/x/12483#post_2', 'https://meta.discourse.org/t/x/12483#post_2'],
    ['https://example.com/p?utm_campaign=a#top', 'https://example.com/p'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/x', 'not a url', '', 'chrome-extension://abc/popup.html'])(
    'rejects %j with a clear error',
    (raw) => {
      expect(() => canonicalUrl(raw)).toThrow(InvalidUrlError);
      expect(() => canonicalUrl(raw)).toThrow(/Not a usable web address/);
    },
  );

  it('is idempotent', () => {
    const once = canonicalUrl('http://Example.com/a/?utm_source=x&z=1&a=2#frag');
    expect(canonicalUrl(once)).toBe(once);
  });
});

describe('canonicalize (with Stack Exchange rules)', () => {
  const answer = 'https://stackoverflow.com/a/52742770';
  it.each([
    ['https://stackoverflow.com/a/52742770', answer],
    ['https://stackoverflow.com/a/52742770/1222951', answer],
    ['http://www.stackoverflow.com/a/52742770?utm_source=share', answer],
    ['https://stackoverflow.com/questions/52742612/how-to-print/52742770#52742770', answer],
    ['https://stackoverflow.com/questions/52742612/how-to-print/52742770', answer],
    ['https://stackoverflow.com/questions/52742612/how-to-print?answertab=votes#52742770', answer],
    ['https://stackoverflow.com/questions/52742612#52742770', answer],
  ])('answer link %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it.each([
    ['https://stackoverflow.com/q/52742612', 'https://stackoverflow.com/questions/52742612'],
    ['https://stackoverflow.com/q/52742612/1222951', 'https://stackoverflow.com/questions/52742612'],
    ['https://stackoverflow.com/questions/52742612/how-to-print?noredirect=1&lq=1', 'https://stackoverflow.com/questions/52742612'],
    ['https://stackoverflow.com/questions/52742612/how-to-print#comment92414506_52742770', 'https://stackoverflow.com/questions/52742612'],
  ])('question link %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it.each([
    ['https://pt.stackoverflow.com/a/361870', 'https://pt.stackoverflow.com/a/361870'],
    ['https://unix.stackexchange.com/questions/92560/list-all/92579#92579', 'https://unix.stackexchange.com/a/92579'],
    ['https://superuser.com/a/1', 'https://superuser.com/a/1'],
    ['https://serverfault.com/questions/5/x/6', 'https://serverfault.com/a/6'],
    ['https://askubuntu.com/q/7', 'https://askubuntu.com/questions/7'],
    ['https://mathoverflow.net/a/8', 'https://mathoverflow.net/a/8'],
    ['https://stackapps.com/a/9', 'https://stackapps.com/a/9'],
    ['https://meta.stackoverflow.com/a/10', 'https://meta.stackoverflow.com/a/10'],
  ])('network site %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it('leaves other sites and other Stack Exchange pages to the generic rules', () => {
    expect(canonicalize('https://notstackoverflow.com/a/1#1')).toBe('https://notstackoverflow.com/a/1');
    expect(canonicalize('https://stackoverflow.com/users/1222951/aran-fey?tab=answers')).toBe(
      'https://stackoverflow.com/users/1222951/aran-fey?tab=answers',
    );
  });
});
