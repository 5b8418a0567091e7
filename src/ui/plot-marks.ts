// The parts of Observable Plot that the course's charts use, re-exported by name so the bundler keeps only
// these: importing the whole module costs ~125 KB gzip, this subset ~86 KB. A chart that needs another
// mark or transform adds it here (a missing one is a type error where the chart calls it).
export { plot, line, dot, ruleX, ruleY, text, barX, barY, tip, pointerX } from '@observablehq/plot';
