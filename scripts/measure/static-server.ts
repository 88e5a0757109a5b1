/**
 * Serves a built site from 127.0.0.1 the way a static host does: clean URLs,
 * no trailing slash, and (unless turned off) gzip compression of text
 * responses, as a CDN or nginx with `gzip on` would send them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, { gzip = true } = {}): Promise<StaticServer> {
  const compress = gzip ? compression({ threshold: 0 }) : undefined;
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: false });
  };
  const server = http.createServer((req, res) => {
    if (!compress) return serve(req, res);
    // compression is connect middleware; its `next` is where the file is served.
    compress(req as never, res as never, () => serve(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
