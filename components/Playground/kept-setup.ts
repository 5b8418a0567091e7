// The playground's last set-up, kept in the browser (src/classroom/progress/): every change and every
// trained epoch is recorded as item `<page>#widget:<id>` with its URL fragment and measured losses. A page
// opened with no link, or with another one, keeps what it shows (links and the defaults must stay
// reproducible) and offers the kept set-up one click away.
import { keepWidget } from '../../src/classroom/progress/widget-state.ts';
import { progressStrings } from '../../src/i18n/index.ts';

const S = progressStrings();
import { writePlaygroundState } from '../../src/state/playground-state.ts';
import { el } from '../../src/ui/dom.ts';
import type { Session } from './session.ts';
import type { Store } from './store.ts';

export function keepPlaygroundSetup(root: HTMLElement, store: Store, session: Session): HTMLElement {
  const kept = keepWidget(root.id || 'playground');
  // The set-up's text is made again only when the set-up changes: training reports many times a second
  // and changes only the results.
  let setup = writePlaygroundState(store.state);
  const save = () => kept.save(setup, { epochs: session.epoch, trainLoss: session.shown.trainLoss, testLoss: session.shown.testLoss });
  store.subscribe(() => { setup = writePlaygroundState(store.state); save(); });
  session.onUpdate(({ trained }) => { if (trained) save(); });

  const notice = el('div', { className: 'pg-notice pg-kept' });
  notice.hidden = true;
  const state = kept.kept?.state;
  if (state !== undefined && state !== setup) {
    const bring = el('button', { type: 'button', className: 'pg-button pg-small' }, S.playground.bringBack);
    // Through the address bar, like any pasted link: the playground validates and applies it.
    bring.addEventListener('click', () => { location.hash = state; notice.hidden = true; });
    notice.append(el('p', {}, S.playground.kept), bring);
    notice.hidden = false;
  }
  return notice;
}
