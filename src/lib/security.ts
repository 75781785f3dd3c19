/**
 * The site's security and caching policy, in one place: the Content-Security-Policy (sent as a
 * header where the host reads `_headers`, and as a <meta> tag for hosts that set no headers, such
 * as GitHub Pages), and the `_headers` file itself.
 *
 * The site ships no inline script or style (scripts and stylesheets are always files: see
 * `assetsInlineLimit` and `inlineStylesheets` in astro.config.ts), so the policy needs no hashes.
 * Pagefind compiles WebAssembly for search, hence 'wasm-unsafe-eval'.
 */
import { SEARCH_BUNDLE, withBase } from './routes.ts';

const DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives a <meta> policy may not carry (browsers ignore them there, with a console error). */
const HEADER_ONLY: Array<[string, string]> = [['frame-ancestors', "'none'"]];

export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  const directives = delivery === 'header' ? [...DIRECTIVES, ...HEADER_ONLY] : DIRECTIVES;
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** `_headers` for Netlify and Cloudflare Pages: security headers everywhere, long cache for hashed files. */
export function headersFile(base: string, host: DeskGitHost = 'github'): string {
  const rules: Array<[string, string[]]> = [
    [
      `${base}*`,
      [
        `Content-Security-Policy: ${contentSecurityPolicy('header')}`,
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
        'Cross-Origin-Opener-Policy: same-origin',
        // No Cache-Control here: both hosts join repeated headers with commas, which would spoil
        // the long cache below. Their default for everything else is `max-age=0, must-revalidate`,
        // the short cache pages need so that a deploy shows at once.
      ],
    ],
    // Content-hashed by Astro: safe to keep for a year.
    [`${base}_astro/*`, ['Cache-Control: public, max-age=31536000, immutable']],
    // Pagefind's fragments and index chunks carry hashes in their names; its entry file does not.
    [withBase(base, `/${SEARCH_BUNDLE}/fragment/*`), ['Cache-Control: public, max-age=31536000, immutable']],
    [withBase(base, `/${SEARCH_BUNDLE}/index/*`), ['Cache-Control: public, max-age=31536000, immutable']],
    // The editors' desk has its own policy (deskContentSecurityPolicy below). Cloudflare joins the policies of all
    // matching rules, so the site's is detached first (`! name`); Netlify ignores that line and lets
    // the later rule's header win.
    [withBase(base, '/admin/*'), ['! Content-Security-Policy', `Content-Security-Policy: ${deskContentSecurityPolicy('header', host)}`, 'X-Robots-Tag: noindex']],
  ];
  return rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n') + '\n';
}

/**
 * The editors' desk's own Content-Security-Policy, as tight as Sveltia CMS allows. Every other
 * page keeps the site's policy (above); only `/admin/` gets this one.
 *
 * What the CMS needs beyond the site's policy, and why:
 * - `style-src 'unsafe-inline'`: its Svelte components inject their styles as <style> elements and
 *   set style attributes at run time, neither of which can be hashed ahead;
 * - `blob:` and `data:` for images, media and the preview frame (file previews are blob URLs);
 * - `worker-src blob:` for its image workers; `'wasm-unsafe-eval'` for their WebAssembly;
 * - `connect-src` to the Git host's API (GitHub by default) and `img-src` to its avatars, for the
 *   deployed mode; nothing else leaves the site.
 * The CMS is bundled into `/admin/` by the build: no script comes from anywhere but the site.
 */
export const DESK_GIT_HOSTS = {
  github: { api: ['https://api.github.com', 'https://www.githubstatus.com'], images: ['https://avatars.githubusercontent.com'] },
  gitlab: { api: ['https://gitlab.com'], images: ['https://gitlab.com', 'https://secure.gravatar.com'] },
} as const;

export type DeskGitHost = keyof typeof DESK_GIT_HOSTS;

export function deskContentSecurityPolicy(delivery: 'header' | 'meta', host: DeskGitHost = 'github'): string {
  const { api, images } = DESK_GIT_HOSTS[host];
  const directives: Array<[string, string]> = [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline' blob:"],
    ['img-src', `'self' data: blob: ${images.join(' ')}`],
    ['media-src', "'self' blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' blob: data: ${api.join(' ')}`],
    ['worker-src', "'self' blob:"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
