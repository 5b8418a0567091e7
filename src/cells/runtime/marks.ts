// The marks plot() can draw: those src/ui/plot-marks.ts bundles (the page renders with it). Its own module
// so the page's output view reads the list without bundling the Worker's globals (and their engine).
export const MARKS = ['line', 'dot', 'ruleX', 'ruleY', 'text', 'barY'] as const;
