// The builder's preset from its own address: /teach/assign/?chapter=<chapter id> (the teacher guides
// link it so) ticks that chapter for reading and opens its list of questions. An unknown id changes nothing.
export function applyChapterPreset(form: HTMLFormElement, search: string): void {
  const id = new URLSearchParams(search).get('chapter');
  if (!id) return;
  const box = form.querySelector<HTMLInputElement>(`input[name="chapter"][value="${CSS.escape(id)}"]`);
  if (!box) return;
  box.checked = true;
  const details = box.closest('details');
  if (details) details.open = true;
}
