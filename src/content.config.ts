import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Chapters live in content/chapters as MDX; front-matter is validated here.
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: z.object({
    number: z.number().int().min(1),
    /** A sub-chapter letter: chapter 4b is { number: 4, part: 'b' }. */
    part: z.enum(['a', 'b', 'c', 'd']).optional(),
    title: z.string().min(1),
    summary: z.string().min(1).max(200),
  }),
});

export const collections = { chapters };
