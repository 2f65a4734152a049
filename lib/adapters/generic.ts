import type { Draft, Kind } from '../schema/contribution';
import { attrOf, excerptOf, jsonLd, metaContent, textOf, toIsoDate } from '../dom';
import { decodeEntities } from '../entities';
import { sameSite } from '../url';

type LdNode = Record<string, unknown>;

/** schema.org types in the order we prefer them when a page declares several. Events are decided apart. */
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
];
/** Event and its subtypes (EducationEvent, BusinessEvent, …): a talk when it names its speakers. */
const EVENT_TYPE = /^(?:\w+)?Event$/;
const SPEAKER_KEYS = ['performer', 'performers', 'speaker', 'speakers'];

/** The text that is evidence of what was saved: the article, or the page's main content. */
const MAIN_CONTENT = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]', 'body'];
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FOOTER']);
const TEXT_LIMIT = 20_000;

type Found = { kind: Kind; title?: string; date?: string; author?: string; url?: string; description?: string };

const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return decodeEntities(value).trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as LdNode).name);
  return undefined;
};

/** "VideoObject", "https://schema.org/VideoObject" and "schema:VideoObject" are one type. */
function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  return (Array.isArray(raw) ? raw : [raw]).flatMap((type) => (typeof type === 'string' ? [type.replace(/^.*[/:#]/, '')] : []));
}

/** Every JSON-LD node, including those nested as a page's mainEntity (WebPage → Article). */
function nodes(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && !out.includes(node as LdNode)) {
      out.push(node as LdNode);
      visit((node as LdNode).mainEntity);
    }
  };
  visit(jsonLd(doc));
  return out;
}

function kindOf(types: string[], speakers: boolean): Kind | undefined {
  for (const [type, kind] of TYPE_KINDS) if (types.includes(type)) return kind;
  if (types.some((type) => EVENT_TYPE.test(type))) return speakers ? 'talk' : 'event';
  return undefined;
}

/** The preferred node: the first of TYPE_KINDS's order present, then any event. */
function pick<T>(candidates: T[], typesOfCandidate: (candidate: T) => string[]): T | undefined {
  for (const [type] of TYPE_KINDS) {
    const found = candidates.find((candidate) => typesOfCandidate(candidate).includes(type));
    if (found) return found;
  }
  return candidates.find((candidate) => typesOfCandidate(candidate).some((type) => EVENT_TYPE.test(type)));
}

function fromJsonLd(doc: Document): Found | undefined {
  const node = pick(nodes(doc), typesOf);
  if (!node) return undefined;
  const types = typesOf(node);
  const kind = kindOf(types, SPEAKER_KEYS.some((key) => node[key] !== undefined))!;
  const main = (types.includes('QAPage') ? node.mainEntity : undefined) as LdNode | undefined;
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

/**
 * A microdata value: the machine-readable attribute first (content, datetime, href, src; the title of
 * an <abbr>, as Blogger dates its posts), else the text.
 */
function valueOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const attrs = el.tagName === 'ABBR' ? ['content', 'title'] : ['content', 'datetime', 'href', 'src'];
  return attrs.map((attr) => el.getAttribute(attr)?.trim()).find(Boolean) ?? (textOf(el) || undefined);
}

const microdataTypes = (el: Element) =>
  (el.getAttribute('itemtype') ?? '').split(/\s+/).flatMap((type) => (/schema\.org\//.test(type) ? [type.replace(/^.*\//, '')] : []));

function fromMicrodata(doc: Document): Found | undefined {
  const scope = pick([...doc.querySelectorAll('[itemscope][itemtype*="schema.org/"]')], microdataTypes);
  if (!scope) return undefined;
  /** A property of this item itself, not of an item nested inside it (the author's name is not the title). */
  const own = (name: string) =>
    [...scope.querySelectorAll(`[itemprop~="${name}"]`)].find((el) => el.parentElement?.closest('[itemscope]') === scope);
  const prop = (name: string) => {
    const el = own(name);
    return el ? valueOf(el) : undefined;
  };
  const author = own('author');
  const speakers = SPEAKER_KEYS.some((key) => own(key));
  return {
    kind: kindOf(microdataTypes(scope), speakers)!,
    title: prop('headline') ?? prop('name'),
    date: prop('datePublished') ?? prop('uploadDate') ?? prop('dateCreated') ?? prop('startDate'),
    author: author && (author.hasAttribute('itemscope') ? valueOf(author.querySelector('[itemprop~="name"]')) : valueOf(author)),
    url: prop('url'),
    description: prop('description'),
  };
}

function kindFromOpenGraph(type: string | undefined): Kind {
  if (type?.startsWith('video')) return 'video';
  if (type === 'article') return 'blog-post';
  if (type === 'book' || type?.startsWith('books.')) return 'book';
  return 'other';
}

/** Visible text of the main content, without scripts, styles or navigation; bounded. */
export function pageText(doc: Document): string {
  const root = MAIN_CONTENT.map((selector) => doc.querySelector(selector)).find(Boolean);
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (length > TEXT_LIMIT) return;
      if (child.nodeType === 3) {
        const text = child.nodeValue?.trim();
        if (text) {
          parts.push(text);
          length += text.length + 1;
        }
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase()) && !(child as Element).hasAttribute('hidden')) {
        walk(child);
      }
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, TEXT_LIMIT);
}

/**
 * The page's own address for the entry: og:url, the canonical link or the structured data's url when
 * they stay on the page's site (host, with or without www.), else the address itself. A page may
 * not name another site's URL, or saving it would store an entry for a page the user never saved.
 */
function firstWebUrl(candidates: (string | undefined)[], base: URL): string {
  for (const candidate of candidates) {
    try {
      const url = candidate ? new URL(candidate, base) : undefined;
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && sameSite(url, base)) return url.href;
    } catch {
      // An unparsable candidate is skipped; the page's own address always remains.
    }
  }
  return base.href;
}

/** A draft for any page from its structured data; backs "Save this page" and the fallback path. */
export function extractPage(doc: Document, pageUrl: URL): Draft {
  const found = fromJsonLd(doc) ?? fromMicrodata(doc);
  const canonical = attrOf(doc, ['link[rel="canonical"]'], 'href');
  const url = firstWebUrl([metaContent(doc, 'og:url'), canonical, found?.url], pageUrl);
  const title =
    found?.title ?? metaContent(doc, 'og:title') ?? metaContent(doc, 'twitter:title') ?? (textOf(doc.querySelector('title')) || pageUrl.hostname);
  const text = pageText(doc);
  const description = found?.description ?? metaContent(doc, 'og:description') ?? metaContent(doc, 'description') ?? '';
  const publishedAt = toIsoDate(found?.date ?? metaContent(doc, 'article:published_time'));
  const author = found?.author ?? metaContent(doc, 'article:author') ?? metaContent(doc, 'author');
  return {
    kind: found?.kind ?? kindFromOpenGraph(metaContent(doc, 'og:type')),
    platform: 'generic',
    url,
    title: title.slice(0, 500),
    excerpt: excerptOf(description || text),
    text: text || description || undefined,
    publishedAt,
    author: author?.slice(0, 200),
    own: true,
    source: 'one-click',
  };
}
