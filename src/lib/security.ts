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
export function headersFile(base: string): string {
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
  ];
  return rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n') + '\n';
}
