import { t } from './i18n';
import type { Kind } from './schema/contribution';

/**
 * Kinds and the glance's groups as the screens name them, in the browser's language. Exports and the
 * text pasted into applications keep lib/kinds.ts's English names: the portals read English.
 */
const KIND_NAMES: Record<Kind, () => string> = {
  'blog-post': () => t('kindBlogPost'),
  'forum-answer': () => t('kindForumAnswer'),
  'forum-thread': () => t('kindForumThread'),
  video: () => t('kindVideo'),
  talk: () => t('kindTalk'),
  podcast: () => t('kindPodcast'),
  book: () => t('kindBook'),
  'open-source': () => t('kindOpenSource'),
  event: () => t('kindEvent'),
  mentoring: () => t('kindMentoring'),
  other: () => t('kindOther'),
  article: () => t('kindArticle'),
  'user-group': () => t('kindUserGroup'),
  documentation: () => t('kindDocumentation'),
  feedback: () => t('kindFeedback'),
  'social-post': () => t('kindSocialPost'),
  code: () => t('kindCode'),
  livestream: () => t('kindLivestream'),
};

/** By KIND_GROUPS id; tests/unit/kind-names.test.ts keeps the two in step. */
const GROUP_NAMES: Record<string, { name: () => string; missing?: () => string } | undefined> = {
  blogging: { name: () => t('groupBlogging'), missing: () => t('missingBlogging') },
  forums: { name: () => t('groupForums'), missing: () => t('missingForums') },
  media: { name: () => t('groupMedia'), missing: () => t('missingMedia') },
  speaking: { name: () => t('groupSpeaking'), missing: () => t('missingSpeaking') },
  writing: { name: () => t('groupWriting'), missing: () => t('missingWriting') },
  'open-source': { name: () => t('groupOpenSource'), missing: () => t('missingOpenSource') },
  community: { name: () => t('groupCommunity'), missing: () => t('missingCommunity') },
  social: { name: () => t('groupSocial') },
  other: { name: () => t('groupOther') },
};

export const kindName = (kind: Kind): string => KIND_NAMES[kind]();

/** A group's name; an id the table lacks shows its English label. */
export function groupName(group: { id: string; label: string }): string {
  return GROUP_NAMES[group.id]?.name() ?? group.label;
}

/** What the glance says when the group has no entry, or undefined for a group it never names. */
export function groupMissing(group: { id: string; missing?: string }): string | undefined {
  return GROUP_NAMES[group.id]?.missing?.() ?? group.missing;
}

/** Add by hand's choices (lib/kinds.ts MANUAL_KINDS) and what each one's link field asks for. */
const MANUAL_NAMES: Partial<Record<Kind, { name: () => string; link: () => string }>> = {
  talk: { name: () => t('addKindTalk'), link: () => t('addLinkTalk') },
  'user-group': { name: () => t('addKindUserGroup'), link: () => t('addLinkUserGroup') },
  event: { name: () => t('addKindEvent'), link: () => t('addLinkEvent') },
  book: { name: () => t('addKindBook'), link: () => t('addLinkBook') },
  article: { name: () => t('addKindArticle'), link: () => t('addLinkArticle') },
  documentation: { name: () => t('addKindDocumentation'), link: () => t('addLinkDocumentation') },
  'open-source': { name: () => t('addKindOpenSource'), link: () => t('addLinkOpenSource') },
  feedback: { name: () => t('addKindFeedback'), link: () => t('addLinkFeedback') },
  mentoring: { name: () => t('addKindMentoring'), link: () => t('addLinkMentoring') },
  code: { name: () => t('addKindCode'), link: () => t('addLinkCode') },
  video: { name: () => t('addKindVideo'), link: () => t('addLinkVideo') },
  livestream: { name: () => t('addKindLivestream'), link: () => t('addLinkLivestream') },
  podcast: { name: () => t('addKindPodcast'), link: () => t('addLinkPodcast') },
  'blog-post': { name: () => t('addKindBlogPost'), link: () => t('addLinkBlogPost') },
  'forum-answer': { name: () => t('addKindForumAnswer'), link: () => t('addLinkForumAnswer') },
  'social-post': { name: () => t('addKindSocialPost'), link: () => t('addLinkSocialPost') },
  other: { name: () => t('addKindOther'), link: () => t('addLinkOther') },
};

export const manualKindName = (option: { kind: Kind; label: string }): string => MANUAL_NAMES[option.kind]?.name() ?? option.label;

export const manualKindLink = (option: { kind: Kind; link: string }): string => MANUAL_NAMES[option.kind]?.link() ?? option.link;
