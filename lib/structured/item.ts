import type { Kind } from '../schema/contribution';
import { ldText, typesOf, type LdNode, type MicroItem, type Structured } from './read';

/** schema.org types in the order we prefer them when a page declares several. Events are decided apart. */
const TYPE_KINDS: [string, Kind][] = [
  ['VideoObject', 'video'],
  ['BlogPosting', 'blog-post'],
  ['NewsArticle', 'blog-post'],
  ['TechArticle', 'blog-post'],
  ['Article', 'blog-post'],
  ['SocialMediaPosting', 'article'],
  ['QAPage', 'forum-answer'],
  ['Answer', 'forum-answer'],
  ['DiscussionForumPosting', 'forum-thread'],
  ['PodcastEpisode', 'podcast'],
  ['Book', 'book'],
  ['SoftwareSourceCode', 'open-source'],
];
/** Event and its subtypes (EducationEvent, BusinessEvent, …): a talk when it names its speakers. */
const EVENT_TYPE = /^(?:\w+)?Event$/;
const SPEAKER_KEYS = ['performer', 'performers', 'speaker', 'speakers'];

export const ARTICLE_TYPES = ['BlogPosting', 'NewsArticle', 'TechArticle', 'Article'];

/** What the page's structured data says about its main item. */
export interface Item {
  kind: Kind;
  types: string[];
  title?: string;
  /** As written: resolve it against the page, and check it stays on the page's site. */
  url?: string;
  /** As written (ISO 8601 in practice): datePublished, uploadDate, startDate or dateCreated. */
  date?: string;
  author?: string;
  description?: string;
  /** Duration as written (ISO 8601, PT1H2M3S). */
  duration?: string;
  /** interactionStatistic's WatchAction/ViewAction count, or the item's own view count. */
  views?: number;
}

export function kindOf(types: string[], speakers = false): Kind | undefined {
  for (const [type, kind] of TYPE_KINDS) if (types.includes(type)) return kind;
  if (types.some((type) => EVENT_TYPE.test(type))) return speakers ? 'talk' : 'event';
  return undefined;
}

/** The preferred candidate: the first of `order` present, then (with the full order) any event. */
function pick<T>(candidates: T[], typesOfCandidate: (candidate: T) => string[], order: readonly string[] | undefined): T | undefined {
  for (const type of order ?? TYPE_KINDS.map(([name]) => name)) {
    const found = candidates.find((candidate) => typesOfCandidate(candidate).includes(type));
    if (found) return found;
  }
  return order ? undefined : candidates.find((candidate) => typesOfCandidate(candidate).some((type) => EVENT_TYPE.test(type)));
}

function viewsOf(node: LdNode): number | undefined {
  for (const stat of [node.interactionStatistic].flat()) {
    if (!stat || typeof stat !== 'object') continue;
    const record = stat as LdNode;
    const action = ldText(typeof record.interactionType === 'object' ? (record.interactionType as LdNode)['@type'] : record.interactionType);
    const count = Number(record.userInteractionCount);
    if (action && /(?:Watch|View)Action$/.test(action) && Number.isFinite(count)) return count;
  }
  const count = Number(node.interactionCount);
  return Number.isFinite(count) && node.interactionCount !== undefined ? count : undefined;
}

function fromJsonLd(data: Structured, order?: readonly string[]): Item | undefined {
  const node = pick(data.jsonLd, typesOf, order);
  if (!node) return undefined;
  const types = typesOf(node);
  // A QAPage describes its question through mainEntity.
  const subject = (types.includes('QAPage') && node.mainEntity && typeof node.mainEntity === 'object' ? node.mainEntity : node) as LdNode;
  return {
    kind: kindOf(types, SPEAKER_KEYS.some((key) => node[key] !== undefined))!,
    types,
    title: ldText(subject.headline) ?? ldText(subject.name),
    url: ldText(node.url) ?? ldText(subject.url),
    date: ldText(subject.datePublished) ?? ldText(subject.uploadDate) ?? ldText(subject.startDate) ?? ldText(subject.dateCreated),
    author: ldText(subject.author) ?? ldText(subject.creator),
    description: ldText(subject.description),
    duration: ldText(subject.duration),
    views: viewsOf(subject),
  };
}

function fromMicrodata(data: Structured, order?: readonly string[]): Item | undefined {
  const item = pick<MicroItem>(data.microdata, (candidate) => candidate.types, order);
  if (!item) return undefined;
  const author = item.propElement('author');
  const views = Number(item.prop('interactionCount'));
  return {
    kind: kindOf(item.types, SPEAKER_KEYS.some((key) => item.propElement(key)))!,
    types: item.types,
    title: item.prop('headline') ?? item.prop('name'),
    date: item.prop('datePublished') ?? item.prop('uploadDate') ?? item.prop('dateCreated') ?? item.prop('startDate'),
    author: author && (author.hasAttribute('itemscope') ? textOfProp(author, 'name') : item.prop('author')),
    url: item.prop('url'),
    description: item.prop('description'),
    duration: item.prop('duration'),
    views: Number.isFinite(views) && item.prop('interactionCount') !== undefined ? views : undefined,
  };
}

const textOfProp = (scope: Element, name: string) => {
  const el = scope.querySelector(`[itemprop~="${name}"]`);
  return el?.getAttribute('content')?.trim() || el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
};

/**
 * The page's main item: JSON-LD first, microdata next. `types` narrows and orders what counts (a blog
 * adapter asks for ARTICLE_TYPES); without it every known type counts, videos first, then any event.
 */
export function mainItem(data: Structured, types?: readonly string[]): Item | undefined {
  return fromJsonLd(data, types) ?? fromMicrodata(data, types);
}
