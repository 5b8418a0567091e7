import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { guideSchema } from './guides/schema.ts';

// Chapters live in content/chapters as MDX (English), and their translations in content/<lang>/chapters
// under the same file names (so a chapter keeps its id, its URL and its widgets' ids in every language);
// front-matter is validated here. A language with no chapter yet has an empty collection.
const chapterSchema = z.object({
  number: z.number().int().min(1),
  /** A sub-chapter letter: chapter 4b is { number: 4, part: 'b' }. */
  part: z.enum(['a', 'b', 'c', 'd']).optional(),
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
});

const chapters = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }), schema: chapterSchema });
const chaptersEs = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/es/chapters' }), schema: chapterSchema });

// Teacher guides (content/guides/<chapter id>.mdx, pages /teach/<chapter id>/): one per chapter, same
// file name as the chapter; their translations in content/<lang>/guides (pages /es/teach/<chapter id>/),
// where a guide not yet written simply has no page. What is measured or read from the chapter (times,
// misconceptions' wording, key terms) is not written here; src/guides/ computes it when the site is built,
// from the chapter in the guide's language.
const guides = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/guides' }), schema: guideSchema });
const guidesEs = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/es/guides' }), schema: guideSchema });

export const collections = { chapters, chaptersEs, guides, guidesEs };
