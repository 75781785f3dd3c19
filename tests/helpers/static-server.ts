/** A tiny static file server for dist/ on 127.0.0.1, as a static host would serve it. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  base?: string;
  headers?: Record<string, string>;
  /** Milliseconds to hold back each response for this path, as a slow network would (none by default). */
  delay?: (pathname: string) => number;
  /**
   * For the tests' own fault-injection: given a request's path and query and the text of the file
   * it would get (undefined if there is none), return other text to answer 200 with, or undefined
   * to serve the file as it is.
   */
  rewrite?: (url: URL, text: string | undefined) => string | undefined;
  /**
   * For a page that arrives in parts, as over a slow network: send the page up to the first
   * `before` in it, wait `pause` ms, then send the rest.
   */
  split?: (url: URL) => { before: string; pause: number } | undefined;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    let file = pathname.startsWith(base) ? path.join(root, pathname.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = file && file.startsWith(root) && existsSync(file);
    const target = found ? file : path.join(root, '404.html');
    const rewritten = options.rewrite?.(url, found ? readFileSync(file, 'utf8') : undefined);
    const send = () => {
      if (rewritten !== undefined) {
        response.writeHead(200, { 'Content-Type': TYPES[path.extname(pathname.endsWith('/') ? 'index.html' : pathname)] ?? 'application/octet-stream', ...options.headers });
        response.end(rewritten);
        return;
      }
      response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream', ...options.headers });
      const split = target.endsWith('.html') ? options.split?.(url) : undefined;
      if (split) {
        const text = readFileSync(target, 'utf8');
        const at = text.indexOf(split.before);
        if (at < 0) throw new Error(`${pathname} has no ${split.before} to split at`);
        response.write(text.slice(0, at));
        setTimeout(() => response.end(text.slice(at)), split.pause);
        return;
      }
      createReadStream(target).pipe(response);
    };
    const wait = options.delay?.(pathname) ?? 0;
    if (wait > 0) setTimeout(send, wait);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
