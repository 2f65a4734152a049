import type { Draft, Kind } from '../schema/contribution';
import { attrOf, excerptOf, hasType, jsonLd, metaContent, textOf, toIsoDate } from '../dom';

/** schema.org types in the order we prefer them when a page declares several. */
const TYPE_KINDS: [string, Kind][] = [
  ['VideoObject', 'video'],
  ['BlogPosting', 'blog-post'],
  ['NewsArticle', 'blog-post'],
  ['TechArticle', 'blog-post'],
  ['Article', 'blog-post'],
  ['QAPage', 'forum-answer'],
  ['DiscussionForumPosting', 'forum-thread'],
  ['PodcastEpisode', 'podcast'],
  ['Book', 'book'],
  ['SoftwareSourceCode', 'open-source'],
  ['Event', 'event'],
];

type Found = { kind: Kind; title?: string; date?: string; author?: string; url?: string; description?: string };

const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return undefined;
};

function fromJsonLd(doc: Document): Found | undefined {
  const nodes = jsonLd(doc);
  for (const [type, kind] of TYPE_KINDS) {
    const node = nodes.find((candidate) => hasType(candidate, type));
    if (!node) continue;
    const main = (type === 'QAPage' ? node.mainEntity : undefined) as Record<string, unknown> | undefined;
    const subject = main ?? node;
    return {
      kind,
      title: str(subject.headline) ?? str(subject.name),
      date: str(subject.datePublished) ?? str(subject.uploadDate) ?? str(subject.startDate) ?? str(subject.dateCreated),
      author: str(subject.author) ?? str(subject.creator),
      url: str(node.url) ?? str(subject.url),
      description: str(subject.description),
    };
  }
  return undefined;
}

function fromMicrodata(doc: Document): Found | undefined {
  for (const [type, kind] of TYPE_KINDS) {
    const scope = doc.querySelector(`[itemscope][itemtype$="schema.org/${type}"]`);
    if (!scope) continue;
    const prop = (name: string) =>
      attrOf(scope, [`[itemprop~="${name}"][content]`], 'content') ??
      attrOf(scope, [`[itemprop~="${name}"][datetime]`], 'datetime') ??
      attrOf(scope, [`[itemprop~="${name}"][href]`], 'href') ??
      (textOf(scope.querySelector(`[itemprop~="${name}"]`)) || undefined);
    return {
      kind,
      title: prop('headline') ?? prop('name'),
      date: prop('datePublished') ?? prop('uploadDate') ?? prop('dateCreated') ?? prop('startDate'),
      author: textOf(scope.querySelector('[itemprop~="author"] [itemprop~="name"]')) || prop('author'),
      url: prop('url'),
      description: prop('description'),
    };
  }
  return undefined;
}

function kindFromOpenGraph(type: string | undefined): Kind {
  if (type?.startsWith('video')) return 'video';
  if (type === 'article') return 'blog-post';
  return 'other';
}

/** A draft for any page from its structured data; backs "Save this page" and the fallback path. */
export function extractPage(doc: Document, pageUrl: URL): Draft {
  const found = fromJsonLd(doc) ?? fromMicrodata(doc);
  const canonical = attrOf(doc, ['link[rel="canonical"]'], 'href');
  const candidates = [metaContent(doc, 'og:url'), canonical, found?.url, pageUrl.href];
  const url = candidates
    .map((candidate) => {
      try {
        return candidate ? new URL(candidate, pageUrl).href : undefined;
      } catch {
        return undefined;
      }
    })
    .find((candidate) => candidate?.startsWith('http'))!;
  const title = found?.title ?? metaContent(doc, 'og:title') ?? (textOf(doc.querySelector('title')) || pageUrl.hostname);
  const description = found?.description ?? metaContent(doc, 'og:description') ?? metaContent(doc, 'description') ?? '';
  const publishedAt = toIsoDate(found?.date ?? metaContent(doc, 'article:published_time'));
  const author = found?.author ?? metaContent(doc, 'article:author') ?? metaContent(doc, 'author');
  return {
    kind: found?.kind ?? kindFromOpenGraph(metaContent(doc, 'og:type')),
    platform: 'generic',
    url,
    title: title.slice(0, 500),
    excerpt: excerptOf(description),
    text: description,
    publishedAt,
    author,
    own: true,
    source: 'one-click',
  };
}
