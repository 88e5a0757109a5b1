/** Serves the built site from 127.0.0.1 the way a static host does (gzip included). */
import path from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/measure/static-server';

export const BUILD_DIR = path.resolve(__dirname, '..', '..', 'build');

export async function serveBuild(dir = BUILD_DIR): Promise<StaticServer> {
  return serveStatic(dir);
}
