/** Serves the built site from 127.0.0.1 the way a static host does. */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';

export const BUILD_DIR = path.resolve(__dirname, '..', '..', 'build');

export async function serveBuild(dir = BUILD_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: false });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
