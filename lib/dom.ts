/** Small, pure DOM readers shared by adapters. They run in content scripts: keep them tiny. */

/** The first element matched by any of the selectors, tried in order. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Like `first`, but only elements that belong to `post` itself: sites that nest replies inside their
 * parent post (GitHub discussions, Reddit) would otherwise lend a reply's author or date to its parent.
 */
export function firstOwn(post: Element, selectors: readonly string[], postSelector: string): Element | null {
  for (const selector of selectors) {
    for (const found of post.querySelectorAll(selector)) {
      if (found.closest(postSelector) === post) return found;
    }
  }
  return null;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function attrOf(root: ParentNode, selectors: readonly string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = root.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** A bounded, single-line preview of a post's text. */
export function excerptOf(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${atWord > max * 0.6 ? cut.slice(0, atWord) : cut}…`;
}

/**
 * A date-like string as ISO 8601 in UTC, or undefined. Dates without a zone are taken as UTC,
 * which is how Stack Exchange and most server-rendered forums print them.
 */
export function toIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let text = value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text)) text += 'Z';
  // JavaScript dates keep milliseconds only; seven-digit .NET fractions would not parse everywhere.
  text = text.replace(/(\.\d{3})\d+/, '$1');
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function toInt(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  const n = Number.parseInt(value.replace(/[^\d-]/g, ''), 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The JSON object a page's inline script assigns after `marker` (`marker = {…}`, `marker: {…}`,
 * `marker({…})`): brace-balanced with strings skipped, so it never runs the page's code. Undefined when
 * the marker is absent, is not followed by an object, or the object does not parse.
 */
export function jsonObjectAfter(text: string, marker: string): Record<string, unknown> | undefined {
  const at = text.indexOf(marker);
  if (at < 0) return undefined;
  const start = at + marker.length + (text.slice(at + marker.length).match(/^\s*[=:(]?\s*/)?.[0].length ?? 0);
  if (text[start] !== '{') return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') i += 1;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
