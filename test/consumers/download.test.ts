/**
 * A consumer who downloads a whole schema set: the set's index.json lists
 * every file of the set with a sha256 that matches what is served; the site's
 * index (/schemas/index.json) lists each set's archive with its sha256, and
 * the archive holds every file of the set, its index.json included, byte for
 * byte. (The archive is not listed in the index.json it contains: a file
 * cannot hold its own checksum.) The latest alias serves the newest release's
 * files, each JSON Schema under the `latest` id.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJson, SCHEMAS_DIR, schemaSets, type SchemaSet } from '../support/schema-sets';

interface FileEntry {
  schema: string;
  sha256: string;
}

interface SetManifest {
  envelope: FileEntry;
  bundle: FileEntry;
  events: Array<FileEntry & { avro: string | null; avroSha256: string | null }>;
}

interface SiteIndex {
  latest: string;
  versions: Array<{ version: string; archive?: { path: string; sha256: string } }>;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const onDisk = (sitePath: string) => path.join(path.dirname(SCHEMAS_DIR), sitePath);
const siteIndex = () => readJson<SiteIndex>(path.join(SCHEMAS_DIR, 'index.json'));

/** The files of a set, relative to its folder, that a download must carry (its index.json aside). */
function setFiles(set: SchemaSet): string[] {
  return [
    ...set.events.map((e) => path.relative(set.dir, e.file)),
    ...set.avroFiles.map((file) => path.relative(set.dir, file)),
    'envelope.json',
    'bundle.json',
  ];
}

for (const set of schemaSets().filter((s) => s.channel !== 'latest')) {
  describe(`downloading the ${set.channel} set`, () => {
    it('index.json lists every file, the bundle included, with its sha256', () => {
      const manifest = readJson<SetManifest>(path.join(set.dir, 'index.json'));
      const listed: Array<[string, string]> = [
        [manifest.envelope.schema, manifest.envelope.sha256],
        [manifest.bundle.schema, manifest.bundle.sha256],
        ...manifest.events.flatMap((e): Array<[string, string]> => [
          [e.schema, e.sha256],
          ...(e.avro && e.avroSha256 ? [[e.avro, e.avroSha256] as [string, string]] : []),
        ]),
      ];
      const mismatches = listed.filter(([file, hash]) => !fs.existsSync(onDisk(file)) || sha256(onDisk(file)) !== hash);
      assert.deepEqual(mismatches, []);
      const covered = new Set(listed.map(([file]) => onDisk(file)));
      assert.deepEqual(
        setFiles(set).filter((file) => !covered.has(path.join(set.dir, file))),
        [],
      );
    });

    it('the site index lists its archive, which holds every file of the set byte for byte', () => {
      const archive = siteIndex().versions.find((v) => v.version === set.channel)?.archive;
      assert.ok(archive, `/schemas/index.json lists no archive for ${set.channel}`);
      assert.equal(sha256(onDisk(archive.path)), archive.sha256);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-download-'));
      try {
        const tar = spawnSync('tar', ['-xzf', onDisk(archive.path), '-C', dir], { encoding: 'utf8' });
        assert.equal(tar.status, 0, tar.stderr);
        const root = path.join(dir, `openedx-events-schemas-${set.channel}`);
        const problems = [...setFiles(set), 'index.json'].flatMap((file) => {
          const extracted = path.join(root, file);
          if (!fs.existsSync(extracted)) return [`${file}: missing`];
          return sha256(extracted) === sha256(path.join(set.dir, file)) ? [] : [`${file}: differs from the served file`];
        });
        assert.deepEqual(problems, []);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('the latest alias', () => {
  it("serves the newest release's files, each JSON Schema under the latest id", () => {
    const alias = schemaSets().find((s) => s.channel === 'latest')!;
    const release = siteIndex().latest;
    const pinned = schemaSets().find((s) => s.channel === release)!;
    const differences = setFiles(pinned).filter((file) => {
      const served = fs.readFileSync(path.join(alias.dir, file), 'utf8');
      const frozen = fs.readFileSync(path.join(pinned.dir, file), 'utf8');
      return served !== frozen.replace(`urn:openedx-events:schema:${release}:`, 'urn:openedx-events:schema:latest:');
    });
    assert.deepEqual(differences, []);
  });
});
