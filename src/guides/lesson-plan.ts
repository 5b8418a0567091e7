// A guide's 45-minute lesson plan: timed blocks whose minutes come from the guide's measured estimates
// where a block is an activity or the reading, are stated where a block is talk (an opening question, a
// discussion), and one block takes what is left of the 45 minutes (so re-measuring cannot silently
// break the sum; if the measured blocks grow past the lesson, that block would go below its minimum and
// the build and the unit test fail, saying which guide to re-plan).
export const LESSON_MINUTES = 45;
/** The flexible block never shrinks below this: it is where a class catches up. */
export const MIN_REST_MINUTES = 3;

export interface PlanBlockInput {
  /** What the class does, in one or two sentences. */
  do: string;
  /** An activity of the guide (its id): the block lasts the activity's estimate. */
  activity?: string | undefined;
  /** The chapter's reading (or the part of it named in `do`) in class: the reading estimate. */
  reading?: boolean | undefined;
  /** Stated minutes of a talk block. */
  minutes?: number | undefined;
  /** The one block that takes the rest of the lesson. */
  rest?: boolean | undefined;
}

export interface PlanBlock {
  do: string;
  minutes: number;
  /** Where the minutes come from. */
  source: 'activity' | 'reading' | 'stated' | 'rest';
  activity?: string;
  /** Minute the block starts at, from 0. */
  start: number;
}

/**
 * The timed plan. `activityMinutes` and `readingMinutes` are the guide's estimates. Throws (the build
 * fails) when a block is ill-formed or the measured and stated blocks leave less than MIN_REST_MINUTES.
 */
export function lessonPlan(blocks: readonly PlanBlockInput[], activityMinutes: Readonly<Record<string, number>>, readingMinutes: number, guide = 'guide'): PlanBlock[] {
  const rests = blocks.filter((b) => b.rest).length;
  if (rests !== 1) throw new Error(`${guide}: a lesson plan has exactly one block with rest: true, not ${rests}`);
  const timed = blocks.map((b) => {
    const kinds = [b.activity !== undefined, b.reading === true, b.minutes !== undefined, b.rest === true].filter(Boolean).length;
    if (kinds !== 1) throw new Error(`${guide}: the block "${b.do}" needs exactly one of activity, reading, minutes, rest`);
    if (b.activity !== undefined) {
      const minutes = activityMinutes[b.activity];
      if (minutes === undefined) throw new Error(`${guide}: the block "${b.do}" names an activity "${b.activity}" the guide does not have`);
      return { do: b.do, minutes, source: 'activity' as const, activity: b.activity };
    }
    if (b.reading) return { do: b.do, minutes: readingMinutes, source: 'reading' as const };
    if (b.minutes !== undefined) {
      if (!Number.isInteger(b.minutes) || b.minutes < 1) throw new Error(`${guide}: stated minutes must be a whole number ≥ 1, got ${b.minutes}`);
      return { do: b.do, minutes: b.minutes, source: 'stated' as const };
    }
    return { do: b.do, minutes: 0, source: 'rest' as const };
  });
  const fixed = timed.reduce((sum, b) => sum + b.minutes, 0);
  const rest = LESSON_MINUTES - fixed;
  if (rest < MIN_REST_MINUTES) {
    throw new Error(`${guide}: the measured and stated blocks take ${fixed} of ${LESSON_MINUTES} minutes, leaving ${rest} for the flexible block (at least ${MIN_REST_MINUTES}): shorten the plan`);
  }
  let start = 0;
  return timed.map((b) => {
    const block: PlanBlock = { ...b, minutes: b.source === 'rest' ? rest : b.minutes, start };
    start += block.minutes;
    return block;
  });
}
