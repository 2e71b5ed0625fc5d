// The reconnect dialog's buttons. A script file rather than javascript: links, which the Content-Security-Policy blocks.
document.addEventListener('click', e => {
  const button = e.target instanceof Element ? e.target.closest('[data-reconnect]') : null;
  if (!button) return;
  if (button.dataset.reconnect === 'retry' && window.Blazor) window.Blazor.reconnect();
  else location.reload();
});
