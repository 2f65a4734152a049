import { decodeEntities } from '../entities';

/**
 * The machine-readable layer of a page, read once into one result: JSON-LD, microdata, OpenGraph and
 * other meta tags, the canonical link and `<time datetime>`. Every JSON-LD and meta parse in lib/ is
 * here; adapters ask this first and keep only their site's own signals (embedded state, markup).
 * Plain types rather than zod: it runs in content scripts, which stay small.
 */
export type LdNode = Record<string, unknown>;

/** One microdata item (an element with itemscope and a schema.org itemtype). */
export interface MicroItem {
  el: Element;
  /** Its schema.org types, short names ("BlogPosting"). */
  types: string[];
  /** A property of this item itself (not of an item nested in it): its machine-readable value or its text. */
  prop(name: string): string | undefined;
  /** The element holding that property, when there is one. */
  propElement(name: string): Element | undefined;
}

export interface OpenGraph {
  title?: string;
  type?: string;
  url?: string;
  description?: string;
  siteName?: string;
  /** article:published_time and article:author, the OpenGraph article extension. */
  publishedTime?: string;
  author?: string;
}

export interface Structured {
  /** Every JSON-LD node: each block's top level, arrays and @graph flattened, and each mainEntity below them. */
  jsonLd: LdNode[];
  /** Microdata items in document order, nested ones included. */
  microdata: MicroItem[];
  og: OpenGraph;
  /** Every `<meta>` by its property, name or itemprop (the first of each key wins). */
  meta: ReadonlyMap<string, string>;
  /** The canonical link's href as written (resolve against the page's URL). */
  canonical?: string;
  /** The datetime of every `<time>` element, in document order. */
  times: string[];
}

/** "VideoObject", "https://schema.org/VideoObject" and "schema:VideoObject" are one type. */
const shortType = (type: string) => type.replace(/^.*[/:#]/, '');

export function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  return (Array.isArray(raw) ? raw : [raw]).flatMap((type) => (typeof type === 'string' ? [shortType(type)] : []));
}

export function hasType(node: LdNode, type: string): boolean {
  return typesOf(node).includes(type);
}

/** The first JSON-LD node of any of these types. */
export function ldOfType(nodes: readonly LdNode[], ...types: string[]): LdNode | undefined {
  return nodes.find((node) => types.some((type) => hasType(node, type)));
}

/** A JSON-LD value as text: a string, the first of a list, or an object's name; entities decoded. */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim() || undefined;
  if (Array.isArray(value)) return ldText(value[0]);
  if (value && typeof value === 'object') return ldText((value as LdNode).name);
  return undefined;
}

/** A JSON-LD value that may be one node or a list of them, as a list of nodes. */
export function ldList(value: unknown): LdNode[] {
  return (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is LdNode => Boolean(item) && typeof item === 'object');
}

/**
 * Parsing JSON-LD is the costly part (Q&A pages carry every answer in it) and extractors ask once per
 * post: each document keeps its parse while its blocks' text stays the same (in-app navigation swaps them).
 */
const ldCache = new WeakMap<Document, { text: string; nodes: LdNode[] }>();

/** Every JSON-LD node of the page (see Structured.jsonLd). */
export function jsonLd(doc: Document): LdNode[] {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  const text = blocks.join('\u0000');
  const hit = ldCache.get(doc);
  if (hit?.text === text) return hit.nodes;
  const nodes: LdNode[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && !nodes.includes(node as LdNode)) {
      const record = node as LdNode;
      nodes.push(record);
      visit(record['@graph']);
      visit(record.mainEntity);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // A site's malformed block must not stop the others from being read.
    }
  }
  ldCache.set(doc, { text, nodes });
  return nodes;
}

/** A microdata value: the machine-readable attribute first (an <abbr>'s title, as Blogger dates posts), else the text. */
function valueOf(el: Element): string | undefined {
  const attrs = el.tagName === 'ABBR' ? ['content', 'title'] : ['content', 'datetime', 'href', 'src'];
  return attrs.map((attr) => el.getAttribute(attr)?.trim()).find(Boolean) ?? (el.textContent?.replace(/\s+/g, ' ').trim() || undefined);
}

function microItem(el: Element): MicroItem {
  const propElement = (name: string) =>
    [...el.querySelectorAll(`[itemprop~="${name}"]`)].find((candidate) => candidate.parentElement?.closest('[itemscope]') === el);
  return {
    el,
    types: (el.getAttribute('itemtype') ?? '').split(/\s+/).flatMap((type) => (/schema\.org\//.test(type) ? [shortType(type)] : [])),
    propElement,
    prop(name) {
      const found = propElement(name);
      return found ? valueOf(found) : undefined;
    },
  };
}

/** Every `<meta>` by its property, name or itemprop; the first of each key wins. */
export function metaTags(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = el.getAttribute('content')?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  return meta;
}

/** One meta tag's content, by property, name or itemprop (a site's own tags, such as Microsoft Q&A's questionId). */
export function metaTag(doc: Document, key: string): string | undefined {
  for (const attr of ['property', 'name', 'itemprop']) {
    const value = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** One OpenGraph field: an adapter's fallback for a title, description or address. */
export const ogTag = (doc: Document, field: 'title' | 'type' | 'url' | 'description' | 'site_name'): string | undefined => metaTag(doc, `og:${field}`);

function openGraph(meta: ReadonlyMap<string, string>): OpenGraph {
  return {
    title: meta.get('og:title'),
    type: meta.get('og:type'),
    url: meta.get('og:url'),
    description: meta.get('og:description'),
    siteName: meta.get('og:site_name'),
    publishedTime: meta.get('article:published_time'),
    author: meta.get('article:author'),
  };
}

export const canonicalLink = (doc: Document): string | undefined => doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href')?.trim() || undefined;

export const microdata = (doc: Document): MicroItem[] => [...doc.querySelectorAll('[itemscope][itemtype*="schema.org/"]')].map(microItem);

export const timeValues = (doc: Document): string[] => [...doc.querySelectorAll('time[datetime]')].flatMap((el) => el.getAttribute('datetime')?.trim() || []);

/**
 * All of it in one result, as the Save-this-page fallback reads a page. Adapters call the one reader they
 * need (ogTag, canonicalLink, jsonLd…), so each content script bundles only those.
 */
export function readStructured(doc: Document): Structured {
  const meta = metaTags(doc);
  return { jsonLd: jsonLd(doc), microdata: microdata(doc), og: openGraph(meta), meta, canonical: canonicalLink(doc), times: timeValues(doc) };
}
