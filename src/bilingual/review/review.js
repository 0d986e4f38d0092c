const token = document.body.dataset.token;
const pairs = () => Array.from(document.querySelectorAll('.pair'));
const status = (t) => { document.getElementById('status').textContent = t; };
// Every change carries the version of the pair as this page showed it: the
// server refuses it (409) when the pair changed since, in another tab or tool.
async function act(op, id, extra) {
  const pair = id ? document.getElementById(id) : null;
  const version = pair ? pair.dataset.version : '';
  const r = await fetch('/api/' + op, {method: 'POST', headers: {'Content-Type': 'application/json',
      'X-Bilingual-Token': token}, body: JSON.stringify(Object.assign({id: id, version: version}, extra || {}))});
  const body = await r.json();
  if (!r.ok) { status(body.error); return; }
  sessionStorage.setItem('focus', body.focus || id);
  location.reload();
}
function current() { return document.activeElement.closest ? document.activeElement.closest('.pair') : null; }
function move(step) {
  const all = pairs(), here = current(), i = here ? all.indexOf(here) : -1;
  const next = all[Math.min(all.length - 1, Math.max(0, i + step))];
  if (next) next.focus();
}
// Where the caret was when the text area lost focus (to the split button, say).
document.addEventListener('focusout', (e) => {
  if (e.target.tagName === 'TEXTAREA') e.target.dataset.caret = e.target.selectionStart;
});
function sentenceAt(area) {
  const caret = document.activeElement === area ? area.selectionStart : Number(area.dataset.caret || 0);
  const before = area.value.slice(0, caret);
  return (before.match(/[.!?…]["'”’)]*\s+|\n/g) || []).length;
}
document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-op]'); if (!b) return;
  const pair = b.closest('.pair'), area = pair.querySelector('textarea');
  const op = b.dataset.op;
  if (op === 'edit') act('edit', pair.id, {text: area.value});
  else if (b.dataset.index !== undefined) act(op, pair.id, {index: Number(b.dataset.index)});
  else if (op === 'split') act('split', pair.id, {at: sentenceAt(area)});
  else act(op, pair.id);
});
document.addEventListener('keydown', (e) => {
  const inText = e.target.tagName === 'TEXTAREA';
  const pair = current();
  if (inText) {
    if (e.key === 'Escape') { e.preventDefault(); pair.focus(); }
    else if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); act('edit', pair.id, {text: e.target.value}); }
    return;
  }
  if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
  else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
  else if (e.key === 'u') act('undo', '');
  else if (!pair) return;
  else if (e.key === 'a') act('approve', pair.id);
  else if (e.key === 'r') act('unapprove', pair.id);
  else if (e.key === 'e') { e.preventDefault(); pair.querySelector('textarea').focus(); }
  else if (e.key === 'm') act('merge', pair.id);
  else if (e.key === 's') act('split', pair.id, {at: sentenceAt(pair.querySelector('textarea'))});
});
window.addEventListener('load', () => {
  const id = sessionStorage.getItem('focus');
  const el = (id && document.getElementById(id)) || pairs()[0];
  if (el) el.focus();
});
