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
  // Move focus to the error summary so keyboard and screen-reader users hear what to fix.
  const summary = document.querySelector('[data-focus]');
  if (summary) summary.focus();
});
