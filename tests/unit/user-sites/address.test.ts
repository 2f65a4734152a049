import { describe, expect, it } from 'vitest';
import { parseSiteAddress } from '../../../lib/user-sites/address';

const context = {
  taken: ['https://forum.example.org'],
  builtIn: ['https://meta.discourse.org/t/*', 'https://*.stackoverflow.com/questions/*', 'https://github.com/*/*/discussions/*'],
};
const parse = (input: string) => parseSiteAddress(input, context);

describe('the address typed in "Add a site"', () => {
  it.each([
    ['https://community.example.com', 'https://community.example.com'],
    ['community.example.com', 'https://community.example.com'],
    ['  Community.Example.COM  ', 'https://community.example.com'],
    ['https://community.example.com/t/some-topic/123/4?u=me', 'https://community.example.com'],
    ['https://example.com/forum/', 'https://example.com'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example'],
  ])('%j becomes the origin %s', (input, origin) => {
    expect(parse(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', /Type the site’s address/],
    ['   ', /Type the site’s address/],
    ['http://community.example.com', /Only https:\/\/ sites/],
    ['javascript:alert(1)', /not a web address/],
    ['ftp://files.example.com', /not a web address/],
    ['https://exa mple.com', /not a web address/],
    ['community.example.com:8080', /port number/],
    ['https://admin:secret@community.example.com', /user name or password/],
    ['intranet', /full address with its domain/],
    ['https://meta.discourse.org', /meta\.discourse\.org is already supported/],
    ['stackoverflow.com', /already supported/],
    ['https://ru.stackoverflow.com', /already supported/],
    ['https://forum.example.org/latest', /forum\.example\.org is already in your list/],
  ])('%j is refused with a message that says what to do', (input, message) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('is not blocked by a pattern that covers every host', () => {
    expect(parseSiteAddress('forum.example.net', { taken: [], builtIn: ['https://*/wp-admin/*'] })).toEqual({ ok: true, origin: 'https://forum.example.net' });
  });

  it('does not mistake a look-alike host for a supported one', () => {
    expect(parse('notstackoverflow.com')).toEqual({ ok: true, origin: 'https://notstackoverflow.com' });
    expect(parse('meta.discourse.org.evil.example')).toEqual({ ok: true, origin: 'https://meta.discourse.org.evil.example' });
  });
});
