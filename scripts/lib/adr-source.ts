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
import { bodyProblems } from './adr-body';
import { nameProblem } from './names';
import type { Problem } from './problems';

const isoDate = z
  .string({ invalid_type_error: 'must be a quoted date string "YYYY-MM-DD"' })
  .refine(isIsoDate, 'must be a real date "YYYY-MM-DD"');

export const adrFrontMatter = z
  .object({
    adr: z.number().int().positive(),
    series: z.enum(ADR_SERIES),
    title: z.string().min(1),
    slug: z.string().superRefine((slug, ctx) => {
      const problem = nameProblem('adrSlug', slug);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    }),
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

/** Files under adr/ that are part of the site's own machinery, not ADRs. */
function isAdrFile(file: string): boolean {
  return !file.split('/').some((part) => part.startsWith('_')) && path.basename(file) !== 'index.mdx';
}

/** The front matter and body of one ADR file, or a problem naming the line of a YAML error. */
function parseAdr(file: string, text: string): { data: unknown; content: string } | Problem {
  try {
    // gray-matter caches by content; an empty options object turns that off, so a fixed file is read anew.
    const { data, content } = matter(text, {});
    return { data, content };
  } catch (error) {
    const yaml = error as { name?: string; reason?: string; mark?: { line: number } };
    if (yaml.name !== 'YAMLException' || !yaml.mark) throw error;
    // The mark counts from 0 inside the front matter, which starts after the opening `---`.
    return { file, line: yaml.mark.line + 2, field: '(front matter)', message: `not valid YAML: ${yaml.reason ?? 'syntax error'}` };
  }
}

/** Reads every ADR; problems in front matter and body are reported, not thrown. */
export function loadAdrs(root: string, problems: Problem[]): AdrSource[] {
  for (const file of listFiles(root, 'adr', '.md')) {
    if (isAdrFile(file)) problems.push({ file, message: 'ADRs are MDX files: rename it to .mdx (a .md file skips every check)' });
  }
  const adrs: AdrSource[] = [];
  for (const file of listFiles(root, 'adr', '.mdx').filter(isAdrFile)) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const parsed = parseAdr(file, text);
    if ('message' in parsed) {
      problems.push(parsed);
      continue;
    }
    const firstBodyLine = text.split('\n').length - parsed.content.split('\n').length + 1;
    problems.push(...bodyProblems(parsed.content, firstBodyLine).map((p) => ({ file, ...p })));
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
