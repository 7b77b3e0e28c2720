/**
 * Writing a story without Markdown: a formatting toolbar (headings, bold, italic, lists, links,
 * images) over a TipTap editor that reads and writes the same safe Markdown as before
 * (story-markdown.ts), so stories, the preview and the server stay one format.
 *
 * Keyboard: the toolbar is one tab stop (arrow keys, Home and End move within it, as the ARIA
 * toolbar pattern has it); each button says its name in the interface language and whether it is
 * on (aria-pressed); the usual shortcuts work in the text (Ctrl+B, Ctrl+I, Ctrl+Shift+7/8...).
 */
import { NodeSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { ImagePicker } from './ImagePicker.tsx';
import { SAFE_LINK, storyExtensions } from './story-markdown.ts';

interface Tool {
  key: string;
  label: MessageKey;
  symbol: string;
  active?: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const icon = (children: ReactNode) => (
  <svg
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    {children}
  </svg>
);
const LINK_ICON = icon(
  <>
    <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
    <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
  </>,
);
const IMAGE_ICON = icon(
  <>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="10" r="2" />
    <path d="M21 17l-5-5-8 7" />
  </>,
);

const TOOLS: Tool[] = [
  {
    key: 'h2',
    label: 'editor.tb.heading',
    symbol: 'H2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'h3',
    label: 'editor.tb.subheading',
    symbol: 'H3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    key: 'bold',
    label: 'editor.tb.bold',
    symbol: 'B',
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    label: 'editor.tb.italic',
    symbol: 'I',
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'ul',
    label: 'editor.tb.bulletList',
    symbol: '•',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'ol',
    label: 'editor.tb.orderedList',
    symbol: '1.',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** An image where the cursor is; after (not instead of) an image or other block that is selected. */
function insertImage(editor: Editor, src: string, alt: string) {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection)
    editor.chain().focus().insertContentAt(selection.to, { type: 'image', attrs: { src, alt } }).run();
  else editor.chain().focus().setImage({ src, alt }).run();
}

export function StoryBodyEditor({
  label,
  hint,
  error,
  value,
  language,
  onChange,
}: {
  label: string;
  hint: string;
  error?: string;
  value: string;
  /** The language the story is written in (the text's lang, for spelling and screen readers). */
  language: string;
  onChange(markdown: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [panel, setPanel] = useState<'link' | 'image' | null>(null);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const editor = useEditor({
    extensions: storyExtensions(),
    content: value,
    contentType: 'markdown',
    editorProps: {
      attributes: {
        id: `${id}-text`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': 'true' } : {}),
        lang: language,
        class: 'amb-rich amb-editor-text',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getMarkdown()),
  });
  // The text's language and error state follow the form.
  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        attributes: {
          id: `${id}-text`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': `${id}-label`,
          'aria-describedby': describedBy,
          ...(error ? { 'aria-invalid': 'true' } : {}),
          lang: language,
          class: 'amb-rich amb-editor-text',
        },
      },
    });
  }, [editor, language, error, describedBy, id]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: Object.fromEntries(TOOLS.map((tool) => [tool.key, !!e && !!tool.active?.(e)])),
      link: !!e?.isActive('link'),
    }),
  });

  return (
    <div className="field amb-editor-field">
      <span className="label" id={`${id}-label`} onClick={() => editor?.commands.focus()}>
        {label}
      </span>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {editor && (
        <Toolbar
          controls={`${id}-text`}
          editor={editor}
          active={state?.active ?? {}}
          linkActive={state?.link ?? false}
          panel={panel}
          onPanel={setPanel}
        />
      )}
      {editor && panel === 'link' && <LinkPanel editor={editor} onClose={() => setPanel(null)} />}
      {editor && panel === 'image' && (
        <ImagePicker
          onInsert={(src, alt) => {
            insertImage(editor, src, alt);
            setPanel(null);
          }}
          onClose={() => {
            setPanel(null);
            editor.commands.focus();
          }}
        />
      )}
      <EditorContent editor={editor} className="amb-editor-box" />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="visually-hidden">{t('editor.tb.shortcuts')}</p>
    </div>
  );
}

function Toolbar({
  controls,
  editor,
  active,
  linkActive,
  panel,
  onPanel,
}: {
  controls: string;
  editor: Editor;
  active: Record<string, boolean>;
  linkActive: boolean;
  panel: 'link' | 'image' | null;
  onPanel(p: 'link' | 'image' | null): void;
}) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const [current, setCurrent] = useState(0);
  const count = TOOLS.length + 2;
  const move = (e: KeyboardEvent) => {
    const to =
      e.key === 'ArrowRight'
        ? (current + 1) % count
        : e.key === 'ArrowLeft'
          ? (current - 1 + count) % count
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? count - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setCurrent(to);
    refs.current[to]?.focus();
  };
  const button = (
    i: number,
    key: string,
    labelKey: MessageKey,
    symbol: string | ReactNode,
    pressed: boolean | undefined,
    onClick: () => void,
    expanded?: boolean,
  ) => (
    <button
      key={key}
      ref={(el) => {
        refs.current[i] = el;
      }}
      type="button"
      className={`amb-tool amb-tool-${key}`}
      tabIndex={i === current ? 0 : -1}
      aria-label={t(labelKey)}
      title={t(labelKey)}
      aria-pressed={pressed}
      aria-expanded={expanded}
      onFocus={() => setCurrent(i)}
      // Keep the text's selection: a mouse press on a button would otherwise take the focus first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {/* The symbol is drawn (CSS data-symbol, or an icon): only the label names the button, in every language. */}
      {typeof symbol === 'string' ? <span aria-hidden="true" className="amb-tool-symbol" data-symbol={symbol} /> : symbol}
    </button>
  );
  return (
    <div role="toolbar" aria-label={t('editor.tb.toolbar')} aria-controls={controls} className="amb-toolbar" onKeyDown={move}>
      {TOOLS.map((tool, i) => button(i, tool.key, tool.label, tool.symbol, active[tool.key], () => tool.run(editor)))}
      {button(
        TOOLS.length,
        'link',
        'editor.tb.link',
        LINK_ICON,
        linkActive,
        () => onPanel(panel === 'link' ? null : 'link'),
        panel === 'link',
      )}
      {button(
        TOOLS.length + 1,
        'image',
        'editor.tb.image',
        IMAGE_ICON,
        undefined,
        () => onPanel(panel === 'image' ? null : 'image'),
        panel === 'image',
      )}
    </div>
  );
}

function LinkPanel({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const done = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const href = /^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(url.trim()) ? `mailto:${url.trim()}` : url.trim();
    if (!SAFE_LINK.test(href)) return setInvalid(true);
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, the address itself becomes the link's text.
    if (editor.state.selection.empty && !editor.isActive('link'))
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  return (
    // A form inside the story's form would submit it: this is a group with its own submit button handling.
    <div className="amb-editor-panel" role="group" aria-labelledby={`${id}-title`} onKeyDown={(e) => e.key === 'Escape' && done()}>
      <p className="strong" id={`${id}-title`}>
        {t('editor.tb.link')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('editor.link.url')}</label>
        <input
          id={`${id}-url`}
          ref={input}
          type="text"
          inputMode="url"
          value={url}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => {
            setUrl(e.target.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => e.key === 'Enter' && apply(e)}
        />
        {invalid && (
          <p className="field-error" id={`${id}-error`}>
            {t('editor.link.invalid')}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={apply}>
          {t('editor.link.apply')}
        </button>
        {editor.isActive('link') && (
          <button type="button" className="button" onClick={remove}>
            {t('editor.link.remove')}
          </button>
        )}
        <button type="button" className="button" onClick={done}>
          {t('editor.link.cancel')}
        </button>
      </div>
    </div>
  );
}
