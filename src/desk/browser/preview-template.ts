/**
 * The preview pane: the entry's body through the site's own Markdown pipeline (src/desk/preview.ts),
 * with its title and summary, in the site's article markup and CSS. A React component, as Sveltia
 * CMS's preview templates are; React comes from the CMS itself (`window.h`, `window.createClass`).
 *
 * The CMS hands the template a new entry some 100 ms after a keystroke (it copies the whole draft
 * into new props each time). So that the preview follows the typing, the template also listens to
 * the body's own Markdown text field: the field whose text is the body it was last given. A
 * keystroke there renders at once; the CMS's props for the same text, when they come, render
 * nothing. (In the rich-text mode the CMS's props are the only way, and the preview waits for them.)
 */
import { createPreview, type PreviewRenderer } from '../preview.ts';
import { pipelineInputs } from '../snapshot.ts';
import type { DeskContent } from './content.ts';
import { isLocale, TRANSLATION_LOCALES } from '../../core/locales.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** The time the last preview took, from the entry's change to its HTML (read by the browser test and the bench). */
export const previewTimes: number[] = [];

export function createPreviewTemplate(content: DeskContent, base: string) {
  const scope = window as unknown as { h: H; createClass: (spec: Record<string, unknown>) => unknown; __deskPreviewTimes?: number[] };
  scope.__deskPreviewTimes = previewTimes;
  // Built once, and again after a save (a new actor is a new name to link and a new speaker).
  let renderer: { version: number; render: Promise<PreviewRenderer> } | undefined;
  const getRenderer = () => {
    if (renderer?.version !== content.version()) renderer = { version: content.version(), render: content.files().then((files) => createPreview({ ...pipelineInputs(files), base })) };
    return renderer.render;
  };

  return scope.createClass({
    getInitialState() {
      return { html: '', error: '' };
    },
    componentDidMount() {
      const self = this as unknown as { update(): Promise<void>; bound?: HTMLTextAreaElement; onInput?: (event: Event) => void };
      self.onInput = (event: Event) => {
        if (event.target === self.bound) void self.update();
      };
      document.addEventListener('input', self.onInput, true);
      void self.update();
    },
    componentWillUnmount() {
      const self = this as unknown as { onInput?: (event: Event) => void };
      if (self.onInput) document.removeEventListener('input', self.onInput, true);
    },
    componentDidUpdate(previous: { entry: unknown }) {
      const self = this as unknown as { props: { entry: unknown }; update(): Promise<void> };
      if (previous.entry !== self.props.entry) void self.update();
    },
    /**
     * Renders the latest entry, once at a time: a keystroke that comes while a render runs is
     * taken up as soon as it ends (only the newest text), and an edit that changes nothing the
     * body's HTML depends on (another field) renders nothing.
     */
    async update() {
      const self = this as unknown as { props: { entry: ImmutableLike; document?: Document }; setState(state: Record<string, unknown>): void; rendering?: boolean; queued?: boolean; lastKey?: string; bound?: HTMLTextAreaElement };
      if (self.rendering) {
        self.queued = true;
        return;
      }
      self.rendering = true;
      try {
        do {
          self.queued = false;
          const started = performance.now();
          const entry = self.props.entry;
          const data = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
          const given = typeof data.body === 'string' ? data.body : '';
          // The body's text field, found by its text; what it holds now is newer than the props.
          if (!self.bound?.isConnected) self.bound = [...document.querySelectorAll('textarea')].find((field) => field.value === given && given !== '');
          const body = self.bound?.isConnected ? self.bound.value : given;
          // A translation's data carries `translated` (only translations have it); before it is filled in,
          // the preview frame's <html lang> (set when the pane opens) is the hint. The plugins take the
          // language from the path.
          const lang = self.props.document?.documentElement.lang;
          const translation = TRANSLATION_LOCALES.find((l) => l === lang) ?? TRANSLATION_LOCALES[0];
          const locale: string = data.translated && translation ? translation : isLocale(lang) ? lang : 'en';
          const collection = String(entry.get('collection'));
          const id = String(entry.get('slug') || 'new-entry');
          // What the body's HTML depends on: the text, where it lives, and the sources its quotations cite.
          const key = JSON.stringify([collection, id, locale, data.sources ?? null, body, content.version()]);
          if (key === self.lastKey) continue;
          try {
            const render = await getRenderer();
            const html = await render(body, { collection, id, locale, frontmatter: data });
            self.lastKey = key;
            self.setState({ html, error: '' });
            previewTimes.push(performance.now() - started);
          } catch (error) {
            self.lastKey = key;
            self.setState({ error: (error as Error).message });
          }
        } while (self.queued);
      } finally {
        self.rendering = false;
      }
    },
    render() {
      const self = this as unknown as { props: { entry: ImmutableLike }; state: { html: string; error: string } };
      const h = scope.h;
      const title = self.props.entry.getIn(['data', 'title']) ?? self.props.entry.getIn(['data', 'name']);
      const summary = self.props.entry.getIn(['data', 'summary']);
      return h(
        'article',
        { className: 'page article' },
        title ? h('h1', null, String(title)) : null,
        summary ? h('p', { className: 'lede' }, String(summary)) : null,
        self.state.error ? h('p', { role: 'alert', className: 'desk-preview-error' }, self.state.error) : null,
        h('div', { className: 'prose', 'data-desk-preview': '', dangerouslySetInnerHTML: { __html: self.state.html } }),
      );
    },
  });
}
