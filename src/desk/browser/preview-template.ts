/**
 * The preview pane: the entry's body through the site's own Markdown pipeline (src/desk/preview.ts),
 * with its title and summary, in the site's article markup and CSS. A React component, as Sveltia
 * CMS's preview templates are; React comes from the CMS itself (`window.h`, `window.createClass`).
 */
import { createPreview, type PreviewRenderer } from '../preview.ts';
import { pipelineInputs } from '../snapshot.ts';
import type { DeskContent } from './content.ts';

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
      void (this as unknown as { update(): Promise<void> }).update();
    },
    componentDidUpdate(previous: { entry: unknown }) {
      const self = this as unknown as { props: { entry: unknown }; update(): Promise<void> };
      if (previous.entry !== self.props.entry) void self.update();
    },
    async update() {
      const self = this as unknown as { props: { entry: ImmutableLike }; setState(state: Record<string, unknown>): void; pending?: number };
      const started = performance.now();
      const entry = self.props.entry;
      const data = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
      const body = typeof data.body === 'string' ? data.body : '';
      // A translation is the file that carries `translated`; the plugins take the language from the path.
      const locale = data.translated ? 'es' : 'en';
      const ticket = (self.pending = (self.pending ?? 0) + 1);
      try {
        const render = await getRenderer();
        const html = await render(body, { collection: String(entry.get('collection')), id: String(entry.get('slug') || 'new-entry'), locale, frontmatter: data });
        if (ticket !== self.pending) return;
        self.setState({ html, error: '' });
        previewTimes.push(performance.now() - started);
      } catch (error) {
        if (ticket !== self.pending) return;
        self.setState({ error: (error as Error).message });
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
