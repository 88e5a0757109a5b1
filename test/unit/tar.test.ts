/** The archives compressed on the thread pool are the bytes of the synchronous ones (a derived set's lock depends on it). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tarGz, tarGzAsync } from '../../scripts/lib/tar';

const files = fc.array(
  fc.tuple(
    fc.stringMatching(/^[a-z0-9_.-]{1,40}(\/[a-z0-9_.-]{1,40}){0,3}$/),
    fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
    ),
  ),
  { maxLength: 8 },
);

describe('tarGzAsync', () => {
  it('writes the same bytes as tarGz, at both levels in use', async () => {
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom(6 as const, 9 as const), async (entries, level) => {
        assert.ok((await tarGzAsync(entries, level)).equals(tarGz(entries, level)));
      }),
      { numRuns: 60 },
    );
  });
});
