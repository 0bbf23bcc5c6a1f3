// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Destructive forms ask first.
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  }
  // Secrets get a copy button when the clipboard is available.
  if (navigator.clipboard) {
    for (const el of document.querySelectorAll('[data-copy]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary copy';
      button.textContent = 'Copy';
      button.addEventListener('click', async () => {
        await navigator.clipboard.writeText(el.textContent.trim());
        button.textContent = 'Copied';
      });
      el.after(button);
    }
  }
  // Review: selecting text in an anonymized text fills the "mark missed text" form with the
  // selection and its character offsets (the server checks the text really is there).
  const mark = document.getElementById('mark-form');
  if (mark) {
    const term = mark.querySelector('[name="term"]');
    const set = (field, start, end) => {
      mark.querySelector('[name="field"]').value = field;
      mark.querySelector('[name="start"]').value = start;
      mark.querySelector('[name="end"]').value = end;
    };
    document.addEventListener('selectionchange', () => {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      const box =
        range.commonAncestorContainer.parentElement?.closest('.anon') ??
        (range.commonAncestorContainer.classList?.contains('anon') ? range.commonAncestorContainer : null);
      if (!box) return;
      const before = document.createRange();
      before.setStart(box, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      term.value = text;
      set(box.getAttribute('data-field'), String(start), String(start + text.length));
    });
    // Typing by hand means "wherever it occurs": no offsets.
    term.addEventListener('input', () => set('', '', ''));
  }
  // Move focus to the error summary so keyboard and screen-reader users hear what to fix.
  const summary = document.querySelector('[data-focus]');
  if (summary) summary.focus();
});
