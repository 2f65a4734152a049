import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../budgets';
import { info, judged, type Row } from '../report';

export interface Entry {
  /** How the build uses it: injected into web pages, the background worker, or an extension page. */
  role: 'injected' | 'background' | 'page';
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const GROUP = 'Size';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Static imports of a built module ("./chunk.js", "/chunks/x.js"); dynamic import() loads later. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/**
 * The page whose script only starts its first screen: all it imports with import() (the app and the
 * Year tab, fetched after its load event) is what it loads first, so it is counted; what those load
 * with import() in turn (Dexie, after the first rows) is not.
 */
const FIRST_SCREEN_LOADER = 'popup.html';

/** The modules a page's script imports with import() in its own code (not in what it imports), as paths relative to the build folder. */
function startImports(dir: string, script: string): string[] {
  if (!existsSync(join(dir, script))) return [];
  const code = readFileSync(join(dir, script), 'utf8');
  return [...code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map((match) => posix.join(posix.dirname(script), match[1]!));
}

/** A module and everything it statically imports, as paths relative to the build folder. */
function closure(dir: string, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    for (const target of staticImports(readFileSync(join(dir, file), 'utf8'))) {
      visit(target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(file), target));
    }
  };
  visit(start);
  return [...seen];
}

function measureFiles(dir: string, role: Entry['role'], name: string, files: string[]): Entry {
  const contents = files.map((file) => readFileSync(join(dir, file)));
  return {
    role,
    name,
    files,
    bytes: contents.reduce((sum, content) => sum + content.length, 0),
    // Each file is fetched on its own, so each is compressed on its own.
    gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
  };
}

/**
 * Every entry of a built extension (…/chrome-mv3): content scripts from the manifest and any
 * registered at run time (content-scripts/), unlisted scripts injected on demand (top-level .js that
 * no page or worker loads),
 * the background worker, and each HTML page with the scripts it loads.
 */
export function builtEntries(dir: string): Entry[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const background = manifest.background?.service_worker;
  const entries: Entry[] = [];
  const contentDir = join(dir, 'content-scripts');
  const contentFiles = existsSync(contentDir) ? readdirSync(contentDir).filter((file) => /\.(js|css)$/.test(file)) : [];
  const byScript = new Map<string, string[]>();
  for (const file of contentFiles) {
    const name = file.replace(/\.(js|css)$/, '');
    byScript.set(name, [...(byScript.get(name) ?? []), `content-scripts/${file}`]);
  }
  for (const [name, files] of byScript) entries.push(measureFiles(dir, 'injected', `${name} (content script)`, files));

  const topLevel = readdirSync(dir);
  const pages = topLevel.filter((file) => file.endsWith('.html')).map((page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    const files = new Set<string>();
    for (const match of html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)) {
      closure(dir, match[1]!).forEach((file) => files.add(file));
      if (page === FIRST_SCREEN_LOADER) for (const lazy of startImports(dir, match[1]!)) closure(dir, lazy).forEach((file) => files.add(file));
    }
    for (const match of html.matchAll(/<link[^>]+href="\/?([^"]+\.css)"/g)) files.add(match[1]!);
    return measureFiles(dir, 'page', page.replace(/\.html$/, ''), [...files]);
  });
  const workerFiles = background ? closure(dir, background) : [];
  const loadedByExtension = new Set([...workerFiles, ...pages.flatMap((page) => page.files)]);
  for (const file of topLevel.filter((file) => file.endsWith('.js') && !loadedByExtension.has(file))) {
    entries.push(measureFiles(dir, 'injected', `${file.replace(/\.js$/, '')} (injected on demand)`, [file]));
  }
  if (background) entries.push(measureFiles(dir, 'background', 'background', workerFiles));
  entries.push(...pages);
  return entries;
}

export function sizeRows(extensionDir: string): Row[] {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);
  return builtEntries(extensionDir).map((entry) => {
    const result = `${kB(entry.bytes)} minified, ${kB(entry.gzipBytes)} gzipped`;
    const detail = entry;
    if (entry.name === 'popup') return judged(GROUP, 'popup (extension page, not injected): what it loads first', entry.bytes / 1000, BUDGETS.popupScripts, result, detail);
    return entry.role === 'injected'
      ? judged(GROUP, entry.name, entry.bytes / 1000, BUDGETS.injectedEntry, result, detail)
      : info(GROUP, `${entry.name} (${entry.role === 'page' ? 'extension page, not injected' : 'service worker, not injected'})`, result, detail);
  });
}
