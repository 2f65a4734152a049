import type { Adapter, Detector } from './define';
import vimeo, { detector as vimeoDetector } from './vimeo';
import twitch, { detector as twitchDetector } from './twitch';
import youtubeStudio, { detector as youtubeStudioDetector } from './youtube-studio';

/**
 * The video family's registry: one import and one line per platform in each list. Bundled as its own content
 * script (entrypoints/capture-videos.content.ts), so a forum page never loads video code.
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-videos.ts) lists the full adapters: the same sites in the same order.
 */
export const videoDetectors: readonly Detector[] = [youtubeStudioDetector, vimeoDetector, twitchDetector];

export const videoAdapters: readonly Adapter[] = [youtubeStudio, vimeo, twitch];
