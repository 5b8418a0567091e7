// The shape of activity-timings.json: what scripts/measure-activities.ts measured, per activity, for the
// teacher guides' time estimates (estimates.ts).
export interface ActivityTiming {
  /** What was run, in words (the set-up and its size). */
  what: string;
  /** Milliseconds of computation for one run of the activity (median). */
  ms: number;
}

export interface ActivityTimings {
  /** Date of the measurement, YYYY-MM-DD. */
  measuredOn: string;
  machine: string;
  method: string;
  activities: Record<string, ActivityTiming>;
}
