import type { Adapter } from './define';
import vimeo from './vimeo';
import twitch from './twitch';
import youtubeStudio from './youtube-studio';

/**
 * The video family's registry: one import and one line per platform. Bundled as its own content
 * script (entrypoints/capture-videos.content.ts), so a forum page never loads video code.
 */
export const videoAdapters: readonly Adapter[] = [youtubeStudio, vimeo, twitch];
