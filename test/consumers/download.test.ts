/**
 * A consumer who downloads a whole schema set: the set's archive holds every
 * file of the set, byte for byte, and index.json lists every file (the bundle
 * and the archive included) with a sha256 that matches what is served.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJson, SCHEMAS_DIR, schemaSets, type SchemaSet } from '../support/schema-sets';

const ARCHIVE = /^openedx-events-schemas-.+\.tar\.gz$/;

interface ManifestFile {
  path: string;
  sha256: string;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every object of the manifest with a path and a sha256, wherever the manifest nests them. */
function manifestFiles(node: unknown): ManifestFile[] {
  if (Array.isArray(node)) return node.flatMap(manifestFiles);
  if (typeof node !== 'object' || node === null) return [];
  const entry = node as Record<string, unknown>;
  const own = typeof entry.path === 'string' && typeof entry.sha256 === 'string' ? [{ path: entry.path, sha256: entry.sha256 }] : [];
  return [...own, ...Object.values(entry).flatMap(manifestFiles)];
}

/** A manifest path on disk: a URL's or site path (`/schemas/11.2.0/…`) from static/, else relative to the set. */
function onDisk(set: SchemaSet, manifestPath: string): string {
  const sitePath = /^https?:\/\//.test(manifestPath) ? new URL(manifestPath).pathname : manifestPath;
  return sitePath.startsWith('/') ? path.join(path.dirname(SCHEMAS_DIR), sitePath) : path.join(set.dir, sitePath);
}

/** The files of a set, relative to its folder, that a download must carry (the manifest and the archive aside). */
function setFiles(set: SchemaSet): string[] {
  return [
    ...set.events.map((e) => path.relative(set.dir, e.file)),
    ...set.avroFiles.map((file) => path.relative(set.dir, file)),
    'envelope.json',
    'bundle.json',
  ];
}

for (const set of schemaSets()) {
  describe(`downloading the ${set.channel} set`, () => {
    const archives = fs.readdirSync(set.dir).filter((name) => ARCHIVE.test(name));

    it('index.json lists every file, the bundle and the archive included, with its sha256', () => {
      const listed = manifestFiles(readJson<unknown>(path.join(set.dir, 'index.json')));
      assert.ok(listed.length > 0, 'index.json lists no file with a path and a sha256');
      const mismatches = listed.filter(
        (entry) => !fs.existsSync(onDisk(set, entry.path)) || sha256(onDisk(set, entry.path)) !== entry.sha256,
      );
      assert.deepEqual(mismatches, []);
      const covered = new Set(listed.map((entry) => onDisk(set, entry.path)));
      const unlisted = [...setFiles(set), ...archives].filter((file) => !covered.has(path.join(set.dir, file)));
      assert.deepEqual(unlisted, []);
    });

    it('one archive holds every file of the set, byte for byte', () => {
      assert.equal(archives.length, 1, `archives in the set: ${archives.join(', ') || 'none'}`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-download-'));
      try {
        const tar = spawnSync('tar', ['-xzf', path.join(set.dir, archives[0]), '-C', dir], { encoding: 'utf8' });
        assert.equal(tar.status, 0, tar.stderr);
        // The archive may hold the files at its root or in one folder.
        const entries = fs.readdirSync(dir);
        const root = entries.length === 1 && fs.statSync(path.join(dir, entries[0])).isDirectory() ? path.join(dir, entries[0]) : dir;
        const problems = setFiles(set).flatMap((file) => {
          const extracted = path.join(root, file);
          if (!fs.existsSync(extracted)) return [`${file}: missing`];
          return sha256(extracted) === sha256(path.join(set.dir, file)) ? [] : [`${file}: differs from the served file`];
        });
        assert.ok(fs.existsSync(path.join(root, 'index.json')), 'the archive has no index.json');
        assert.deepEqual(problems, []);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
