import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import khoros, { localDateToIso } from '../../../lib/adapters/khoros';
import { canonicalize } from '../../../lib/sites';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const fixture = (name: string) => loadDocument(join(FIXTURES_DIR, 'khoros', name));
const local = (...parts: [number, number, number, number?, number?]) => new Date(...(parts as [number, number, number, number, number])).toISOString();

describe('khoros canonical URLs', () => {
  it.each([
    // Aurora lower-cases its paths, so mixed-case links name the same reply.
    ['https://techcommunity.microsoft.com/discussions/Microsoft365Copilot/Copilot-Chat/4382855/replies/4383066?utm_source=x#M1', 'https://techcommunity.microsoft.com/discussions/microsoft365copilot/copilot-chat/4382855/replies/4383066'],
    ['https://techcommunity.microsoft.com/discussions/teamsdeveloper/simple-workflow/4225270', 'https://techcommunity.microsoft.com/discussions/teamsdeveloper/simple-workflow/4225270'],
    // Classic: the message id is in the path; `#M{n}`, `/highlight/true` and paging only repeat it.
    ['https://techcommunity.microsoft.com/t5/Excel/Re-Sum/m-p/42/highlight/true#M9', 'https://techcommunity.microsoft.com/t5/Excel/Re-Sum/m-p/42'],
    ['https://communities.vmware.com/t5/ESXi-Discussions/Host/td-p/2300100/page/2', 'https://communities.vmware.com/t5/ESXi-Discussions/Host/td-p/2300100'],
    ['https://forums.example.com/t5/Board/Subject/td-p/77#M12', 'https://forums.example.com/t5/Board/Subject/td-p/77#M12'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it('leaves Aurora-like paths on other hosts and non-message /t5/ pages alone', () => {
    // A host no site owns gets the generic rules only: /t5/ there may be anything.
    expect(canonicalize('https://community.splunk.com/t5/Splunk-Search/Question/m-p/123456?search-action-id=1#M7')).toBe('https://community.splunk.com/t5/Splunk-Search/Question/m-p/123456?search-action-id=1#M7');
    expect(canonicalize('https://example.org/discussions/Board/Slug/1')).toBe('https://example.org/discussions/Board/Slug/1');
    expect(canonicalize('https://communities.vmware.com/t5/forums/replypage/board-id/B/message-id/1')).toBe('https://communities.vmware.com/t5/forums/replypage/board-id/B/message-id/1');
  });
});

describe('localDateToIso', () => {
  it.each([
    ['June 2, 2025 at 11:41 AM', local(2025, 5, 2, 11, 41)],
    ['December 8, 2025 at 12:05 PM', local(2025, 11, 8, 12, 5)],
    ['May 13, 2025 at 12:05 AM', local(2025, 4, 13, 0, 5)],
    ['\u200e07-16-2021 09:12 PM', local(2021, 6, 16, 21, 12)],
    ['2021-07-16 21:12', local(2021, 6, 16, 21, 12)],
    ['Jun 02, 2025', local(2025, 5, 2)],
  ])('%j is the local time it names', (raw, expected) => {
    expect(localDateToIso(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', 'Smarch 3, 2025'])('%j is no date', (raw) => {
    expect(localDateToIso(raw)).toBeUndefined();
  });
});

describe('khoros signals', () => {
  it('reads the signed-in user from Aurora’s cache and from classic Khoros’s community object', () => {
    expect(khoros.currentUser(fixture('aurora-thread-anonymous.html'))).toBeNull();
    expect(khoros.currentUser(fixture('aurora-thread-logged-in.html'))).toEqual({ id: '354138', handle: 'AmeliaH' });
    expect(khoros.currentUser(fixture('classic-thread-anonymous.html'))).toBeNull();
    expect(khoros.currentUser(fixture('classic-thread-logged-in.html'))).toEqual({ id: '7002', handle: 'vExpertJane' });
  });

  it('takes the classic Post button and the Aurora editor as the intent to reply', () => {
    const classic = fixture('classic-replypage-failed.html');
    expect(classic.querySelector('input[name="submitContext"]')?.closest(khoros.submitForm!)).not.toBeNull();
    const aurora = fixture('aurora-reply-failed.html');
    expect(aurora.querySelector('#main-content form button[type="submit"]')?.closest(khoros.submitForm!)).not.toBeNull();
    expect(aurora.querySelector('[data-testid="KudosButton"]')?.closest(khoros.submitForm!)).toBeNull();
  });

  it('gives the topic no button: only replies are items, the accepted one twice (its copy under the topic too)', () => {
    const doc = fixture('aurora-thread-anonymous.html');
    expect(khoros.items(doc).map((el) => khoros.itemId(el))).toEqual(['4400111', '4400222', '4400333', '4400111']);
    expect(khoros.items(fixture('classic-thread-anonymous.html')).map((el) => khoros.itemId(el))).toEqual(['2300111', '2300122']);
  });

  it('follows in-app navigation: a replaced JSON-LD names the new thread', () => {
    const doc = fixture('aurora-thread-anonymous.html');
    const url = new URL('https://techcommunity.microsoft.com/discussions/microsoft365copilot/copilot-chat-or-microsoft-365-copilot-which-one-do-we-need/4400100');
    expect(khoros.extract(doc, url, khoros.items(doc)[1]!)?.contextTitle).toBe('Copilot Chat or Microsoft 365 Copilot: which one do we need?');
    const ld = doc.querySelector('script[type="application/ld+json"]')!;
    ld.textContent = ld.textContent!.replace('Copilot Chat or Microsoft 365 Copilot: which one do we need?', 'Another thread');
    expect(khoros.extract(doc, url, khoros.items(doc)[1]!)?.contextTitle).toBe('Another thread');
  });

  it('falls back to the markup when the Aurora cache and JSON-LD are missing', () => {
    const doc = fixture('aurora-thread-logged-in.html');
    doc.querySelectorAll('script').forEach((script) => script.remove());
    const url = new URL('https://techcommunity.microsoft.com/discussions/microsoft365copilot/copilot-chat-or-microsoft-365-copilot-which-one-do-we-need/4400100');
    const reply = khoros.items(doc)[1]!;
    expect(khoros.extract(doc, url, reply)).toMatchObject({
      url: `${url.href}/replies/4400222`,
      author: 'Stephen Neil',
      publishedAt: local(2025, 8, 16, 9, 1),
      own: false,
      metrics: { votes: 4, accepted: false },
    });
    expect(khoros.extract(doc, url, khoros.items(doc)[0]!)?.metrics).toEqual({ votes: 2, accepted: true });
  });
});
