// Wires the class view (/teach/class/): hand-in files (picked or dropped) and pasted text codes are read in
// the page (class-data.ts), nothing uploaded; then a table per learner with replay links, the charts, the
// misconceptions and the gradebook CSV. Each input that cannot be read gets its own line; the rest load.
import { readCatalogue } from '../assignment/catalogue-data.ts';
import { replayHref } from '../assignment/challenges.ts';
import { el } from '../../ui/dom.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { showBidiControls } from '../../ui/untrusted-text.ts';
import { drawChallengeCharts, drawMisconceptions } from './class-charts.ts';
import { classCsv, commonMisconceptions, learnerRow, loadHandIns, type LearnerRow } from './class-data.ts';
import { pageLang } from '../../i18n/index.ts';
import { classViewStrings } from '../../i18n/classroom.ts';
import { localizedPath, withBase } from '../../i18n/routes.ts';

const S = classViewStrings().page;
const base = import.meta.env.BASE_URL;
/** The playground page a replay opens: in this page's language, like every link the page makes. */
const playgroundHref = (sitePath: string) => withBase(localizedPath(pageLang(), sitePath), base);
/** A file larger than this is not read at all (a hand-in is a few kilobytes). */
const MAX_FILE_BYTES = 1_000_000;

export function mountClassView(root: HTMLElement): void {
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const catalogue = readCatalogue();
  const fileInput = q<HTMLInputElement>('#hand-in-files');
  const dropZone = q<HTMLElement>('[data-drop-zone]');
  const codes = q<HTMLTextAreaElement>('#hand-in-codes');
  const summary = q<HTMLElement>('[data-class-summary]');
  const problemsBox = q<HTMLElement>('[data-class-problems]');
  const problemList = q<HTMLElement>('[data-problem-list]');
  const results = q<HTMLElement>('[data-class-results]');
  const tableBox = q<HTMLElement>('[data-table-box]');
  const charts = q<HTMLElement>('[data-charts]');
  const misconceptions = q<HTMLElement>('[data-misconceptions]');
  let inputs: { source: string; text: string }[] = [];
  let rows: LearnerRow[] = [];
  let pasted = 0;

  async function readFiles(files: FileList | File[]): Promise<void> {
    for (const file of [...files]) {
      // Too large to be a hand-in: not read into memory; readHandIn gives the message.
      const text = file.size > MAX_FILE_BYTES ? 'x'.repeat(MAX_FILE_BYTES + 1) : await file.text().catch(() => '');
      inputs.push({ source: file.name, text });
    }
    await show();
  }

  async function show(): Promise<void> {
    root.dataset.loading = 'true';
    const { loaded, problems } = await loadHandIns(inputs);
    rows = loaded.map(learnerRow);
    summary.textContent = inputs.length ? S.loaded(loaded.length, problems.length) : '';
    problemsBox.hidden = problems.length === 0;
    problemList.replaceChildren(...problems.map((p) => el('li', {}, S.problem(showBidiControls(p.source), p.message))));
    results.hidden = rows.length === 0;
    tableBox.replaceChildren(table(rows));
    if (rows.length) {
      await drawChallengeCharts(charts, rows);
      await drawMisconceptions(misconceptions, commonMisconceptions(loaded, catalogue.items));
    }
    root.dataset.loading = 'false';
    root.dataset.learners = String(rows.length);
    root.dataset.problems = String(problems.length);
  }

  q('[data-pick-files]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => { if (fileInput.files) void readFiles(fileInput.files).then(() => { fileInput.value = ''; }); });
  dropZone.addEventListener('dragover', (e) => { e.preventDefault(); dropZone.dataset.over = ''; });
  dropZone.addEventListener('dragleave', () => { delete dropZone.dataset.over; });
  dropZone.addEventListener('drop', (e) => {
    e.preventDefault();
    delete dropZone.dataset.over;
    if (e.dataTransfer?.files.length) void readFiles(e.dataTransfer.files);
  });
  q<HTMLButtonElement>('[data-read-codes]').addEventListener('click', () => {
    // Each code starts with its prefix; anything before the first one is one more (bad) input.
    const parts = codes.value.split(/(?=NN101-HANDIN-)/).map((s) => s.trim()).filter(Boolean);
    for (const text of parts) inputs.push({ source: S.pastedSource(++pasted), text });
    codes.value = '';
    void show();
  });
  q<HTMLButtonElement>('[data-clear]').addEventListener('click', () => {
    inputs = [];
    pasted = 0;
    void show();
  });
  q<HTMLButtonElement>('[data-csv]').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([classCsv(rows)], { type: 'text/csv' }));
    const link = el('a', { href: url, download: classViewStrings().csv.file });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  root.dataset.ready = 'true';
}

function table(rows: readonly LearnerRow[]): HTMLElement {
  const challenges = rows[0]?.challenges.map((c) => c.challenge) ?? [];
  const head = el('tr', {}, el('th', { scope: 'col' }, S.col.learner), el('th', { scope: 'col' }, S.col.questions),
    ...challenges.map((c) => el('th', { scope: 'col' }, showBidiControls(c.title))), el('th', { scope: 'col' }, S.col.flags));
  const body = rows.map((r) => {
    const name = showBidiControls(r.name);
    const tr = el('tr', {}, el('th', { scope: 'row' }, name), el('td', { className: 'num' }, S.questionsCell(r.correct, r.attempted, r.questions)),
      ...challenges.map((c) => {
        const res = r.challenges.find((x) => x.challenge.id === c.id);
        if (!res?.attempted || !res.state) return el('td', {}, S.notTried);
        const value = c.goal.metric === 'testAccuracy' ? `, ${formatPercent(res.testAccuracy ?? Number.NaN)}` : '';
        const replay = el('a', { href: playgroundHref(replayHref(res.state, res.epochs ?? 0)), target: '_blank', rel: 'noopener' }, S.replay);
        replay.setAttribute('aria-label', S.replayLabel(name, showBidiControls(c.title)));
        replay.dataset.replay = c.id;
        return el('td', {}, el('strong', {}, res.passed ? S.passed : S.notPassed), el('br'),
          S.runCell(formatNumber(res.testLoss ?? Number.NaN, 3), res.epochs ?? 0), value, ' ', replay,
          res.replayable ? '' : el('span', { className: 'classroom-flag' }, S.notReplayable));
      }),
      el('td', {}, ...(r.flags.length ? r.flags.map((f) => el('span', { className: 'classroom-flag' }, f)) : [S.allGood])));
    tr.dataset.learner = r.name;
    tr.dataset.flags = String(r.flags.length);
    return tr;
  });
  const caption = el('caption', {}, S.tableCaption);
  return el('table', { className: 'classroom-table' }, caption, el('thead', {}, head), el('tbody', {}, ...body));
}
