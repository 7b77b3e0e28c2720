/**
 * The story editor's document model and its Markdown: TipTap's starter kit (headings, bold, italic,
 * lists, links, quotes...) and images, read from and written to the same safe Markdown the server
 * renders (platform/markdown.ts, markdown-it with raw HTML off). Nothing here needs a browser, so
 * tests run the very serializer the editor uses (story-markdown.test.ts).
 *
 * Choices that keep the two in step:
 * - `breaks: true` on both sides: a single line break stays a line break.
 * - no underline (Markdown has none) and no raw HTML: what someone types as <b> stays text.
 * - links only http(s) and mailto, images only our own /media/<id>, as the server allows.
 */
import type { AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Markdown, MarkdownManager } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';

export const SAFE_LINK = /^(https?:|mailto:)/i;
export const OWN_MEDIA = /^\/media\/[0-9a-f-]{36}$/i;

const MARKED_OPTIONS = { gfm: true, breaks: true };

/** The document's nodes and marks, without the Markdown bridge. */
export function storyNodes(): AnyExtension[] {
  return [
    StarterKit.configure({
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => SAFE_LINK.test(url.trim()),
        HTMLAttributes: { rel: 'nofollow ugc noopener', target: null },
      },
    }),
    Image.configure({ inline: false, allowBase64: false }),
  ];
}

/** Everything the editor needs: the nodes and the Markdown bridge (editor.getMarkdown(), contentType 'markdown'). */
export function storyExtensions(): AnyExtension[] {
  return [...storyNodes(), Markdown.configure({ markedOptions: MARKED_OPTIONS })];
}

/** The same Markdown reading and writing, without an editor (for tests and conversions). */
export function storyMarkdown(): MarkdownManager {
  return new MarkdownManager({ extensions: storyNodes(), markedOptions: MARKED_OPTIONS });
}
