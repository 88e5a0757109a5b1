/**
 * `npm run serve` answers as the static hosts the README's Deploy section
 * describes: `/docs/events` is served from `docs/events.html` (beside a
 * `docs/events/` folder), `/docs/events/` redirects to it, files keep their
 * own URLs, and an unknown page is a 404.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { ROOT } from '../support/temp-site';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(port: number, pathname: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
      })
      .on('error', reject);
  });
}

async function waitForServer(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`npm run serve exited with ${child.exitCode}`);
    try {
      await get(port, '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('npm run serve did not answer within 20 s');
}

describe('npm run serve, as a static host', () => {
  let port: number;
  let child: ChildProcess;
  before(async () => {
    port = await freePort();
    child = spawn('npm', ['run', '--silent', 'serve', '--', '--port', String(port), '--no-open'], {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    });
    await waitForServer(port, child);
  });
  after(() => {
    // npm starts the server as its child: end the whole group this test started.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });

  it('serves a page from its .html file beside the folder of the same name', async () => {
    const page = await get(port, '/docs/events');
    assert.equal(page.status, 200);
    assert.ok(page.body.includes('<h1>Event catalog</h1>'), 'the catalog page was not served');
  });

  it('redirects the trailing-slash form to the page, and a page asked for by its .html name', async () => {
    assert.deepEqual(
      [await get(port, '/docs/events/'), await get(port, '/docs/events.html')].map((r) => [
        r.status,
        r.location && new URL(r.location, 'http://x').pathname,
      ]),
      [
        [301, '/docs/events'],
        [301, '/docs/events'],
      ],
    );
  });

  it('serves schema files under their own names, and a 404 for what does not exist', async () => {
    const bundle = await get(port, '/schemas/next/bundle.json');
    assert.equal(bundle.status, 200);
    assert.equal((JSON.parse(bundle.body) as { $id: string }).$id, 'urn:openedx-events:schema:next:bundle');
    assert.equal((await get(port, '/docs/no-such-page')).status, 404);
  });
});
