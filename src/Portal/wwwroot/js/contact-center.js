// Small browser helpers for the Contact Center: notifications with a generated sound, the reply box keys, history scrolling
// and copying. Everything else runs on the server through the Blazor circuit.
window.openChannels = (() => {
  let audio = null;

  // A short two-tone chime made with WebAudio, so the portal ships no sound files.
  function chime() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const start = audio.currentTime;
      [880, 1320].forEach((frequency, i) => {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start + i * 0.15);
        gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.15 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.15 + 0.14);
        osc.connect(gain).connect(audio.destination);
        osc.start(start + i * 0.15);
        osc.stop(start + i * 0.15 + 0.15);
      });
    } catch (e) { /* no audio device: the notification still shows */ }
  }

  function permission() {
    return 'Notification' in window ? Notification.permission : 'unsupported';
  }

  async function askPermission() {
    if (!('Notification' in window)) return 'unsupported';
    chime(); // a user gesture also unlocks audio for later chimes
    return await Notification.requestPermission();
  }

  function notify(title, body, url) {
    chime();
    if (permission() !== 'granted') return;
    const n = new Notification(title, { body, tag: url });
    n.onclick = () => { window.focus(); if (url) location.assign(url); n.close(); };
  }

  // Enter sends, Shift+Enter (or an IME composition) keeps the newline.
  function bindReplyBox(textarea, dotnet) {
    textarea.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        dotnet.invokeMethodAsync('SubmitFromKeyboard', textarea.value);
      }
    });
  }

  // Keeps a virtualized history pinned to its end while the rows load and measure, until the user scrolls themselves.
  function scrollToBottom(el, ms) {
    if (!el) return;
    const until = performance.now() + (ms || 800);
    let stop = false;
    const cancel = () => { stop = true; };
    el.addEventListener('wheel', cancel, { once: true, passive: true });
    el.addEventListener('touchstart', cancel, { once: true, passive: true });
    const step = () => {
      if (stop) return;
      el.scrollTop = el.scrollHeight;
      if (performance.now() < until) requestAnimationFrame(step);
    };
    step();
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    }
  }

  // Files dropped on or pasted into the reply box are handed to its file picker, so they take the same checked upload path.
  function bindFileDrop(zone, input) {
    if (!zone || !input) return;
    const hand = files => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const hasFiles = e => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    zone.addEventListener('dragover', e => { if (hasFiles(e)) { e.preventDefault(); zone.classList.add('oc-drop'); } });
    zone.addEventListener('dragleave', () => zone.classList.remove('oc-drop'));
    zone.addEventListener('drop', e => {
      zone.classList.remove('oc-drop');
      if (e.dataTransfer && e.dataTransfer.files.length) { e.preventDefault(); hand(e.dataTransfer.files); }
    });
    zone.addEventListener('paste', e => {
      const files = e.clipboardData ? Array.from(e.clipboardData.files) : [];
      if (files.length) { e.preventDefault(); hand(files); }
    });
  }

  function focus(el) { if (el) el.focus(); }

  function timeZone() { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; }

  return { permission, askPermission, notify, chime, bindReplyBox, bindFileDrop, scrollToBottom, copy, focus, timeZone };
})();
