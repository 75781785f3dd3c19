/**
 * The editors' desk's own Content-Security-Policy, as tight as Sveltia CMS allows. Every other
 * page keeps the site's policy (src/lib/security.ts); only `/admin/` gets this one.
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
