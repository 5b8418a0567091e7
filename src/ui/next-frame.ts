// Waits for the browser to render a frame. A widget that adds a large part of its interface at once makes
// one long task of that frame's style, layout and paint; adding it in parts, each after the previous
// part's frame, spreads them over several frames (each part is laid out and painted in its own).
import { nextTask } from '../engine/worker/next-task.ts';

/** How long to wait for a frame before laying the page out without one. */
const NO_FRAME_MS = 50;

/**
 * Resolves in a new task once what was added before the call has been laid out: after the next rendered
 * frame (which painted it too), or, where no frame comes in time (a hidden tab renders none, and frames
 * wait while the GPU is busy, as at start-up under a software GPU), after laying the page out in a task of
 * its own, so the parts added meanwhile are not all laid out at once in the frame that finally comes.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(); } };
    const layOut = () => {
      if (done) return;
      void document.body.offsetHeight; // reading a size lays the page out
      void nextTask().then(finish);
    };
    if (document.hidden) { layOut(); return; }
    // The frame's style, layout and paint run after its animation-frame callbacks, in the same task.
    requestAnimationFrame(() => { void nextTask().then(finish); });
    setTimeout(layOut, NO_FRAME_MS);
  });
}
