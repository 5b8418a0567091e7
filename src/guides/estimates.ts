// The teacher guides' time estimates, computed at build time, never typed into a guide:
//   reading  = the chapter's words ÷ a silent-reading rate (src/site/reading-time.ts, the same figure the
//              chapter page shows), so editing a chapter moves its guide's estimate with it;
//   activity = its measured run time (src/guides/activity-timings.json, written by
//              scripts/measure-activities.ts in Chromium) × the runs it takes + its stated number of
//              interactions × an allowance per interaction.
// The allowance is a planning figure, not a measurement: one interaction is one decision by the learner
// (a prediction, a setting, a piece of code) and reading what came of it. The guides say so.
import { countWords, readableText, readingMinutes, WORDS_PER_MINUTE } from '../site/reading-time.ts';
import type { ActivityTimings } from './activity-timings.ts';
import measured from './activity-timings.json' with { type: 'json' };

/** The study the reading rate is planned from (src/site/reading-time.ts), cited in its own language, English. */
export const READING_RATE_SOURCE = '“How many words do we read per minute?”, Journal of Memory and Language 109';

/** Minutes allowed per interaction: one decision and reading its result. */
export const MINUTES_PER_INTERACTION = 1;

export const ACTIVITY_TIMINGS: ActivityTimings = measured;

export interface ReadingEstimate {
  words: number;
  wordsPerMinute: number;
  minutes: number;
}

export function readingEstimate(chapterMdx: string): ReadingEstimate {
  return { words: countWords(readableText(chapterMdx)), wordsPerMinute: WORDS_PER_MINUTE, minutes: readingMinutes(chapterMdx) };
}

export interface ActivityInput {
  /** Key of a measurement in activity-timings.json, for an activity that computes (trains, loads a model). */
  measured?: string | undefined;
  /** How many times the activity runs that computation (default 1). */
  runs?: number | undefined;
  interactions: number;
}

export interface ActivityEstimate {
  /** Seconds of measured run time over all runs (0 for an activity that computes nothing worth timing). */
  runSeconds: number;
  interactions: number;
  minutes: number;
}

/** Whole minutes, rounded up, at least 1. Throws for a measurement that does not exist. */
export function activityEstimate(activity: ActivityInput, timings: ActivityTimings = ACTIVITY_TIMINGS): ActivityEstimate {
  let runSeconds = 0;
  if (activity.measured !== undefined) {
    const timing = timings.activities[activity.measured];
    if (!timing) throw new Error(`no measurement "${activity.measured}" in activity-timings.json: run npm run measure:guides`);
    runSeconds = (timing.ms / 1000) * (activity.runs ?? 1);
  }
  if (!Number.isInteger(activity.interactions) || activity.interactions < 0) throw new Error(`interactions must be a whole number ≥ 0, got ${activity.interactions}`);
  const minutes = Math.max(1, Math.ceil(runSeconds / 60 + activity.interactions * MINUTES_PER_INTERACTION - 1e-9));
  return { runSeconds, interactions: activity.interactions, minutes };
}
