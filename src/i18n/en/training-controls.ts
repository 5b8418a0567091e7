// What every predict-then-train widget's shared controls say (src/ui/training-controls.ts).
export const trainingControls = {
  couldNotStart: (reason: string) => `This widget could not start: ${reason}`,
  skip: 'Skip to the end',
  reset: 'Reset',
  reducedMotion: 'Reduced motion is on, so the results appear when training ends.',
  paused: (progress: string) => `Paused. ${progress}`,
  skipping: (progress: string) => `${progress} Skipping to the end…`,
  computeFailed: (reason: string) => `The computation failed: ${reason}`,
  stopped: (reason: string) => `Training stopped: ${reason}`,
};
