// The front-matter of a teacher guide (content/guides/<chapter id>.mdx), checked when the site is built
// (src/content.config.ts) and by the unit tests, which read the files directly.
import { z } from 'astro/zod';

const sentence = z.string().min(10).max(600);
export const guideSchema = z.object({
  /** 3-5 things a learner can do after the chapter, each observable ("Can explain why …"). */
  objectives: z.array(sentence).min(3).max(5),
  /** Earlier chapters and ideas the lesson builds on; `chapter` links the chapter. */
  prerequisites: z.array(z.object({ idea: sentence, chapter: z.string().optional() })).min(1),
  /** What learners do with the chapter's widgets and cells, each timed by src/guides/estimates.ts. */
  activities: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(3).max(160),
    /** The element id on the chapter page the activity starts at. A heading's id is its text slugged in
     *  the page's language, so a Spanish guide's may keep accents (qué-probar). */
    anchor: z.string().regex(/^[\p{Ll}\p{Nd}-]+$/u),
    /** Key of a measurement in src/guides/activity-timings.json, for an activity that computes. */
    measured: z.string().optional(),
    runs: z.number().int().min(1).max(20).optional(),
    interactions: z.number().int().min(1).max(30),
    /** What the learners do, interaction by interaction. */
    how: sentence,
  })).min(1),
  /** Groups of misconceptions (ids from src/guides/misconceptions.ts) and how to address each group. */
  misconceptions: z.array(z.object({ ids: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/)).min(1), address: sentence })),
  prompts: z.array(sentence).min(2),
  /** The 45-minute lesson plan (src/guides/lesson-plan.ts). */
  plan: z.array(z.object({
    do: sentence,
    activity: z.string().optional(),
    reading: z.boolean().optional(),
    minutes: z.number().int().min(1).max(40).optional(),
    rest: z.boolean().optional(),
  })).min(3),
});

export type GuideData = z.infer<typeof guideSchema>;
