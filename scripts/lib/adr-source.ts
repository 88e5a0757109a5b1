/**
 * ADRs are MDX files under `adr/`. Their front matter is their metadata
 * (number, status, dates, related events, change history) and is validated
 * here; their body is the prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { isIsoDate } from './dates';
import { listFiles } from './files';
import { ADR_SERIES, ADR_STATUSES } from '../../src/reference-data';
import type { Problem } from './problems';

const isoDate = z
  .string({ invalid_type_error: 'must be a quoted date string "YYYY-MM-DD"' })
  .refine(isIsoDate, 'must be a real date "YYYY-MM-DD"');

export const adrFrontMatter = z
  .object({
    adr: z.number().int().positive(),
    series: z.enum(ADR_SERIES),
    title: z.string().min(1),
    slug: z.string().regex(/^\/[a-z0-9/-]+$/, 'must be an absolute path of lower-case words'),
    status: z.enum(ADR_STATUSES),
    date: isoDate,
    related_events: z.array(z.string()).default([]),
    history: z.array(z.object({ date: isoDate, change: z.string().min(1) })).min(1),
  })
  .passthrough();

export type AdrFrontMatter = z.infer<typeof adrFrontMatter>;

export interface AdrSource {
  file: string;
  meta: AdrFrontMatter;
  body: string;
}

/** Reads every ADR; problems in front matter are reported, not thrown. */
export function loadAdrs(root: string, problems: Problem[]): AdrSource[] {
  const adrs: AdrSource[] = [];
  for (const file of listFiles(root, 'adr', '.mdx')) {
    if (file.split('/').some((part) => part.startsWith('_')) || path.basename(file) === 'index.mdx') continue;
    const parsed = matter(fs.readFileSync(path.join(root, file), 'utf8'));
    const result = adrFrontMatter.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: issue.path.join('.') || '(front matter)', message: issue.message });
      }
      continue;
    }
    adrs.push({ file, meta: result.data, body: parsed.content });
  }
  return adrs;
}

/** `9` in the openedx-events series is "ADR 9"; the site's own are "Site ADR 1". */
export function adrLabel(meta: Pick<AdrFrontMatter, 'adr' | 'series'>): string {
  return meta.series === 'openedx-events' ? `ADR ${meta.adr}` : `Site ADR ${meta.adr}`;
}
