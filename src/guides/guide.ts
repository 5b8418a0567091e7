// One teacher guide as its page shows it: the guide's own front-matter (objectives, activities, how to
// address misconceptions, prompts, plan) joined with what is computed from the chapter when the site is
// built: the reading estimate, each activity's measured estimate, the misconceptions' wording from the
// chapter's questions and widgets, the terms the chapter introduces, and the timed lesson plan. Pure:
// the page (src/pages/teach/[id].astro) and the unit tests call it with the files' contents.
import { GLOSSARIES, type GlossaryTerm } from '../glossary/terms.ts';
import { catalogues } from '../i18n/catalogues.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { termMatcher } from '../glossary/match-terms.ts';
import { readableText } from '../site/reading-time.ts';
import { ACTIVITY_TIMINGS, activityEstimate, readingEstimate, type ActivityEstimate, type ReadingEstimate } from './estimates.ts';
import type { ActivityTimings } from './activity-timings.ts';
import { lessonPlan, type PlanBlock } from './lesson-plan.ts';
import { chapterMisconceptions, type DetectedMisconception } from './misconceptions.ts';
import type { GuideData } from './schema.ts';

export interface ChapterSource {
  id: string;
  body: string;
}

export interface GuideActivity {
  id: string;
  title: string;
  anchor: string;
  how: string;
  /** What was measured for it, in words (absent for an activity that computes nothing worth timing). */
  measuredWhat?: string;
  estimate: ActivityEstimate;
}

export interface MisconceptionGroup {
  items: DetectedMisconception[];
  address: string;
}

export interface GuideView {
  reading: ReadingEstimate;
  activities: GuideActivity[];
  misconceptions: MisconceptionGroup[];
  /** Misconceptions the chapter's exercises detect that the guide does not name (must be none). */
  unaddressed: DetectedMisconception[];
  /** Glossary terms first used in this chapter (in course order), in order of first use. */
  newTerms: GlossaryTerm[];
  plan: PlanBlock[];
}

/** Terms whose first use in the course (chapters in course order, written in `lang`) is in the chapter `id`. */
export function termsIntroducedIn(id: string, chaptersInOrder: readonly ChapterSource[], lang: Lang = DEFAULT_LANG): GlossaryTerm[] {
  const match = termMatcher(GLOSSARIES[lang]);
  const seen = new Set<string>();
  for (const chapter of chaptersInOrder) {
    const found = match(readableText(chapter.body)).map((m) => m.term).filter((t) => !seen.has(t.id));
    if (chapter.id === id) return [...new Map(found.map((t) => [t.id, t])).values()];
    for (const t of found) seen.add(t.id);
  }
  return [];
}

/**
 * What a measurement was, in `lang`: the file's own words in English (the measuring script writes
 * them), the catalogue's in another language. Throws, naming the file to add it to, when a language has
 * no words for a measurement a guide uses.
 */
export function measurementWords(key: string, lang: Lang, timings: ActivityTimings = ACTIVITY_TIMINGS): string {
  const recorded = timings.activities[key]!.what;
  if (lang === DEFAULT_LANG) return recorded;
  const words = catalogues[lang].guides.measurement.what[key];
  if (words === undefined) throw new Error(`src/i18n/${lang}/guides.ts: measurement.what has no words for the measurement "${key}" (${recorded})`);
  return words;
}

/**
 * The guide for `chapter` (its id and MDX body), both written in `lang`. `chaptersInOrder` is the whole
 * course in order, in the same language (for the terms the chapter introduces). Throws, naming the guide,
 * when it refers to a misconception, an activity or a measurement that does not exist.
 */
export function buildGuide(
  chapter: ChapterSource, data: GuideData, chaptersInOrder: readonly ChapterSource[],
  { lang = DEFAULT_LANG, timings = ACTIVITY_TIMINGS }: { lang?: Lang; timings?: ActivityTimings } = {},
): GuideView {
  const reading = readingEstimate(chapter.body);
  const activities = data.activities.map((a): GuideActivity => {
    const activity: GuideActivity = { id: a.id, title: a.title, anchor: a.anchor, how: a.how, estimate: activityEstimate(a, timings) };
    if (a.measured !== undefined) activity.measuredWhat = measurementWords(a.measured, lang, timings);
    return activity;
  });
  const detected = chapterMisconceptions(chapter.body, lang);
  const byId = new Map(detected.map((m) => [m.id, m]));
  const misconceptions = data.misconceptions.map((group) => ({
    address: group.address,
    items: group.ids.map((id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`guide ${chapter.id}: no question or widget of the chapter detects a misconception "${id}"`);
      return found;
    }),
  }));
  const named = new Set(data.misconceptions.flatMap((g) => g.ids));
  const minutes = Object.fromEntries(activities.map((a) => [a.id, a.estimate.minutes]));
  return {
    reading,
    activities,
    misconceptions,
    unaddressed: detected.filter((m) => !named.has(m.id)),
    newTerms: termsIntroducedIn(chapter.id, chaptersInOrder, lang),
    plan: lessonPlan(data.plan, minutes, reading.minutes, `guide ${chapter.id}`),
  };
}
