import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import broadcom from '../../../lib/adapters/broadcom-community';
import { canonicalize } from '../../../lib/sites';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const fixture = (name: string) => loadDocument(join(FIXTURES_DIR, 'broadcom-community', name));
const THREAD = 'https://community.broadcom.com/vmware-cloud-foundation/discussion/vsan-resync-stuck-at-99-percent-after-host-reboot';
const KEY = 'c9a72dbf-f2c7-4882-a944-de035fdcee3c';

describe('broadcom-community canonical URLs', () => {
  it.each([
    [`${THREAD}?hlmlt=VT#bm${KEY}`, `${THREAD}#bm${KEY}`],
    [`${THREAD.replace('vsan-resync', 'VSAN-Resync')}#bm${KEY.toUpperCase()}`, `${THREAD}#bm${KEY}`],
    ['https://community.broadcom.com/discussion/disabling-hyper-v-hypervisor', 'https://community.broadcom.com/discussion/disabling-hyper-v-hypervisor'],
    // The classic viewer: only the thread's key matters, whatever community prefix and extra parameters.
    [
      `https://community.broadcom.com/vmware-cloud-foundation/communities/community-home/digestviewer/viewthread?MessageKey=${KEY.toUpperCase()}&CommunityKey=fb707ac3-9412-4fad-b7af-018f5da56d9f&tab=digestviewer#bm${KEY}`,
      `https://community.broadcom.com/communities/community-home/digestviewer/viewthread?MessageKey=${KEY}#bm${KEY}`,
    ],
    [`https://community.broadcom.com/communities/community-home/digestviewer/viewthread?GroupId=1&MessageKey=${KEY}&CommunityKey=x`, `https://community.broadcom.com/communities/community-home/digestviewer/viewthread?MessageKey=${KEY}`],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it.each([
    // Legacy VMTN: Jive threads and messages, then Khoros threads and messages.
    ['https://communities.vmware.com/thread/623768?start=15&tstart=0', 'https://communities.vmware.com/thread/623768'],
    ['http://communities.vmware.com/thread/623768/', 'https://communities.vmware.com/thread/623768'],
    ['https://communities.vmware.com/message/2291807#2291807', 'https://communities.vmware.com/message/2291807'],
    ['https://communities.vmware.com/t5/ESXi-Discussions/Host-loses-NFS/td-p/2300100', 'https://communities.vmware.com/t5/ESXi-Discussions/Host-loses-NFS/td-p/2300100'],
    ['https://communities.vmware.com/t5/ESXi-Discussions/Re-Host-loses-NFS/m-p/2300133/highlight/true#M1234', 'https://communities.vmware.com/t5/ESXi-Discussions/Re-Host-loses-NFS/m-p/2300133'],
  ])('legacy VMTN %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it('leaves other Broadcom pages alone', () => {
    expect(canonicalize('https://community.broadcom.com/flings/home?x=1')).toBe('https://community.broadcom.com/flings/home?x=1');
  });
});

describe('broadcom-community signals', () => {
  it('finds the signed-in member by the profile link in the header, not by authors’ links', () => {
    expect(broadcom.currentUser(fixture('thread-anonymous.html'))).toBeNull();
    expect(broadcom.currentUser(fixture('thread-logged-in.html'))).toEqual({ id: 'jane-vexpert', handle: 'Jane Vexpert' });
  });

  it('takes a bookmark placed before its message as that message', () => {
    const doc = new DOMParser().parseFromString(
      `<main><h1>vSAN resync</h1><a name="bm${KEY}"></a><div class="post"><a href="/people/ken-baker">Ken Baker</a><p>First</p></div>
       <a name="bm733d41bc-dbc3-4d2a-9dd5-7bfd1605a02d"></a><div class="post"><a href="/network/members/profile?UserKey=7E2D3C4B-5A69-4788-9ABC-DEF012345678">Jane</a><p>Second</p></div>
       <header><a href="/network/members/profile?UserKey=7e2d3c4b-5a69-4788-9abc-def012345678">Jane</a></header></main>`,
      'text/html',
    );
    const posts = broadcom.items(doc);
    expect(posts.map((post) => [broadcom.itemId(post), textOf(post)])).toEqual([[KEY, 'Ken BakerFirst'], ['733d41bc-dbc3-4d2a-9dd5-7bfd1605a02d', 'JaneSecond']]);
    expect(broadcom.extract(doc, new URL(THREAD), posts[1]!)).toMatchObject({ url: `${THREAD}#bm733d41bc-dbc3-4d2a-9dd5-7bfd1605a02d`, author: 'Jane', own: true });
  });

  it('arms a capture on the Post button and on a script post-back control', () => {
    const doc = fixture('thread-logged-in.html');
    const post = doc.querySelector('#MainCopy_ctl07_btnPost')!;
    expect(post.closest(broadcom.submitForm!)).not.toBeNull();
    expect(post.matches(broadcom.publishIntent!)).toBe(true);
    const link = doc.createElement('a');
    link.id = 'MainCopy_ctl07_lnkSubmitReply';
    expect(link.matches(broadcom.publishIntent!)).toBe(true);
  });

  it('does not claim other hosts or Broadcom pages that are not threads', () => {
    const doc = fixture('thread-anonymous.html');
    expect(broadcom.detect(doc, new URL(THREAD.replace('community.broadcom.com', 'example.org')))).toBe(false);
    expect(broadcom.detect(doc, new URL('https://community.broadcom.com/communities/community-home/digestviewer?CommunityKey=x'))).toBe(false);
  });
});

function textOf(el: Element) {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
