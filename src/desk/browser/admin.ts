/**
 * The editors' desk in the browser: Sveltia CMS started with the configuration generated from the
 * schemas, the `:::quote` editor component, the preview through the site's own pipeline, and the
 * content checks run before every save.
 *
 * `?backend=test` runs the CMS on its test backend, which keeps files in the browser's private
 * storage (no network, no account): the browser tests use it, and anyone can try the desk with it.
 */
import './manual-init.ts';
import CMS from '@sveltia/cms';
import config from 'virtual:on-the-table/desk-config';
import siteCss from '../../styles/global.css?inline';
import featuresCss from '../../styles/features.css?inline';
import { quoteComponent } from '../quote-component.ts';
import { createPreviewTemplate } from './preview-template.ts';
import { saveCheck } from './save-check.ts';
import { loadContent } from './content.ts';

// The CMS drops the query from the address as it navigates: the choice is kept for the tab's session.
const TEST_MODE_KEY = 'on-the-table:desk:backend';
if (new URLSearchParams(location.search).get('backend') === 'test') sessionStorage.setItem(TEST_MODE_KEY, 'test');
if (sessionStorage.getItem(TEST_MODE_KEY) === 'test') config.backend = { name: 'test-repo' };

const content = loadContent(new URL('content.json', location.href).href);

CMS.registerEditorComponent(quoteComponent() as never);
CMS.registerPreviewStyle(`${siteCss}\n${featuresCss}\nbody { padding: 1rem 1.5rem; }`, { raw: true });
const template = createPreviewTemplate(content, import.meta.env.BASE_URL.replace(/admin\/$/, ''));
for (const collection of config.collections) CMS.registerPreviewTemplate(collection.name, template as never);
const checks = saveCheck(content);
CMS.registerEventListener({ name: 'preSave', handler: checks.preSave as never });
CMS.registerEventListener({ name: 'postSave', handler: checks.postSave as never });
void CMS.init({ config: config as never });
