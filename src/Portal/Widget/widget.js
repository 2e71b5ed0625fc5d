/* Open Channels web chat widget. No framework, no dependencies; everything lives in a shadow root so the page's CSS cannot
   reach it. Everything anyone typed is written with textContent, never parsed as HTML, and links and images only ever point at
   URLs the portal signed. The portal appends the call with its public URL and the connection id. */
(function (base, connectionId) {
  'use strict';
  var registry = window.__openChannelsWidgets = window.__openChannelsWidgets || {};
  if (registry[connectionId]) { return; }
  registry[connectionId] = true;

  var api = base + '/widget/' + connectionId;
  var storeKey = 'oc-widget:' + connectionId;
  var lang = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  var state = { token: null, config: null, texts: {}, messages: {}, order: [], open: false, unread: 0, lastTyping: 0, pendingRead: {}, file: null };
  var ui = {};

  function t(key) { return state.texts[key] || key; }
  function readToken() { try { return window.localStorage.getItem(storeKey); } catch (e) { return state.token; } }
  function saveToken(token) { state.token = token; try { window.localStorage.setItem(storeKey, token); } catch (e) { /* private mode: this tab only */ } }
  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return 'v-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function call(path, options) {
    options = options || {};
    var headers = options.headers || {};
    if (state.token) { headers.Authorization = 'Bearer ' + state.token; }
    if (options.json !== undefined) { headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(options.json); }
    return fetch(api + path, { method: options.method || 'GET', headers: headers, body: options.body, mode: 'cors', credentials: 'omit', signal: options.signal });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  var css = [
    ':host{all:initial;--oc-color:#1f6feb;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1c1c}',
    '*{box-sizing:border-box;font:inherit}',
    '.oc-launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:var(--oc-color);color:#fff;font-size:26px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}',
    '.oc-launcher:focus-visible,button:focus-visible,textarea:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #111;outline-offset:2px}',
    '.oc-badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;border-radius:10px;background:#d1242f;color:#fff;font-size:12px;line-height:20px;padding:0 5px}',
    '.oc-panel{position:fixed;right:20px;bottom:88px;width:370px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;z-index:2147483000}',
    '.oc-panel[hidden]{display:none}',
    '.oc-head{background:var(--oc-color);color:#fff;padding:12px 14px;display:flex;align-items:center;gap:8px}',
    '.oc-head h2{margin:0;font-size:16px;font-weight:600;flex:1;overflow-wrap:anywhere}',
    '.oc-close{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;min-width:36px;min-height:36px}',
    '.oc-body{flex:1;overflow-y:auto;padding:12px;background:#f6f7f9;display:flex;flex-direction:column;gap:8px}',
    '.oc-greeting{margin:0 0 4px;color:#444;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.oc-log{display:flex;flex-direction:column;gap:8px}',
    '.oc-msg{max-width:85%;padding:8px 10px;border-radius:10px;background:#fff;border:1px solid #e3e5e8;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.oc-msg[data-from=visitor]{align-self:flex-end;background:var(--oc-color);color:#fff;border-color:transparent}',
    '.oc-msg[data-from=visitor] a{color:#fff}',
    '.oc-msg.oc-deleted .oc-text{font-style:italic;opacity:.75}',
    '.oc-meta{display:block;font-size:11px;opacity:.75;margin-top:3px;text-align:right}',
    '.oc-files img{display:block;max-width:200px;max-height:160px;border-radius:6px;margin-top:4px}',
    '.oc-files a{display:block;margin-top:4px;overflow-wrap:anywhere}',
    '.oc-rate{display:flex;gap:8px;margin-top:6px}',
    '.oc-rate button{flex:1;border:1px solid #c9ccd1;background:#fff;border-radius:8px;padding:6px;cursor:pointer;font-size:18px;color:#1c1c1c}',
    '.oc-typing{min-height:18px;font-size:12px;color:#555;padding:0 12px}',
    '.oc-alert{color:#a40e26;font-size:12px;padding:0 12px;min-height:0}',
    '.oc-compose{display:flex;align-items:flex-end;gap:6px;padding:8px;border-top:1px solid #e3e5e8;background:#fff}',
    '.oc-compose textarea{flex:1;resize:none;border:1px solid #c9ccd1;border-radius:8px;padding:8px;min-height:40px;max-height:120px}',
    '.oc-icon{border:0;background:transparent;font-size:20px;cursor:pointer;min-width:40px;min-height:40px;color:#333}',
    '.oc-send{border:0;background:var(--oc-color);color:#fff;border-radius:8px;padding:0 14px;min-height:40px;cursor:pointer}',
    '.oc-chip{display:flex;align-items:center;gap:6px;padding:4px 10px;font-size:12px;background:#fff;border-top:1px solid #e3e5e8}',
    '.oc-chip span{flex:1;overflow-wrap:anywhere}',
    '.oc-form{display:flex;flex-direction:column;gap:8px;padding:12px;background:#fff;border-top:1px solid #e3e5e8}',
    '.oc-form label{display:flex;flex-direction:column;gap:3px;font-size:13px}',
    '.oc-form input,.oc-form textarea{border:1px solid #c9ccd1;border-radius:6px;padding:8px}',
    '.oc-form [aria-invalid=true]{border-color:#a40e26}',
    '.oc-form p{margin:0;white-space:pre-wrap}',
    '.oc-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '@media (max-width:480px){.oc-panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}.oc-launcher[aria-expanded=true]{display:none}}'
  ].join('\n');

  function build() {
    var host = document.createElement('div');
    host.id = 'oc-widget-' + connectionId;
    var root = host.attachShadow({ mode: 'open' });
    host.style.setProperty('--oc-color', state.config.color);
    root.appendChild(el('style', null, css));

    ui.launcher = el('button', 'oc-launcher', '💬');
    ui.launcher.type = 'button';
    ui.launcher.setAttribute('aria-label', t('Open'));
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.launcher.setAttribute('aria-controls', 'oc-panel');
    ui.badge = el('span', 'oc-badge');
    ui.badge.hidden = true;
    ui.launcher.appendChild(ui.badge);
    ui.launcher.addEventListener('click', function () { setOpen(!state.open); });

    ui.panel = el('section', 'oc-panel');
    ui.panel.id = 'oc-panel';
    ui.panel.hidden = true;
    ui.panel.setAttribute('role', 'dialog');
    ui.panel.setAttribute('aria-labelledby', 'oc-title');
    ui.panel.setAttribute('lang', state.config.language);
    var head = el('div', 'oc-head');
    var title = el('h2', null, state.config.title);
    title.id = 'oc-title';
    var close = el('button', 'oc-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('Close'));
    close.addEventListener('click', function () { setOpen(false); });
    head.appendChild(title);
    head.appendChild(close);

    ui.body = el('div', 'oc-body');
    ui.body.appendChild(el('p', 'oc-greeting', state.config.greeting));
    ui.log = el('div', 'oc-log');
    ui.log.setAttribute('role', 'log');
    ui.log.setAttribute('aria-live', 'polite');
    ui.log.setAttribute('aria-label', t('Messages'));
    ui.body.appendChild(ui.log);
    ui.typing = el('div', 'oc-typing');
    ui.typing.setAttribute('aria-live', 'polite');
    ui.alert = el('div', 'oc-alert');
    ui.alert.setAttribute('role', 'alert');
    ui.footer = el('div');

    ui.panel.appendChild(head);
    ui.panel.appendChild(ui.body);
    ui.panel.appendChild(ui.typing);
    ui.panel.appendChild(ui.alert);
    ui.panel.appendChild(ui.footer);
    ui.panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { setOpen(false); } });
    root.appendChild(ui.panel);
    root.appendChild(ui.launcher);
    document.body.appendChild(host);
    ui.root = root;
  }

  function setOpen(open) {
    state.open = open;
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    ui.launcher.setAttribute('aria-label', open ? t('Close') : t('Open'));
    if (open) {
      state.unread = 0;
      showBadge();
      markRead();
      var first = ui.footer.querySelector('textarea, input');
      if (first) { first.focus(); }
      scrollDown();
    } else {
      ui.launcher.focus();
    }
  }

  function showBadge() {
    ui.badge.hidden = state.unread === 0;
    ui.badge.textContent = state.unread > 9 ? '9+' : String(state.unread);
  }

  function scrollDown() { ui.body.scrollTop = ui.body.scrollHeight; }

  function say(message) { ui.alert.textContent = message || ''; }

  function problem(status) {
    return status === 413 ? t('TooLong') : status === 415 ? t('FileType') : status === 429 ? t('TooMany') : t('Error');
  }

  // ---- messages ----

  function upsert(m) {
    var known = state.messages[m.id];
    if (known) {
      for (var k in m) { if (Object.prototype.hasOwnProperty.call(m, k) && m[k] !== undefined) { known.data[k] = m[k]; } }
      render(known);
      return known;
    }

    var entry = { data: m, node: el('div', 'oc-msg') };
    state.messages[m.id] = entry;
    state.order.push(m.id);
    ui.log.appendChild(entry.node);
    render(entry);
    if (m.from !== 'visitor') {
      state.pendingRead[m.id] = true;
      if (!state.open) { state.unread++; showBadge(); }
    }
    scrollDown();
    return entry;
  }

  function render(entry) {
    var m = entry.data;
    var node = entry.node;
    node.textContent = '';
    node.setAttribute('data-id', m.id);
    node.setAttribute('data-from', m.from);
    node.className = 'oc-msg' + (m.deleted ? ' oc-deleted' : '');
    var who = el('span', 'oc-visually-hidden', (m.from === 'visitor' ? t('You') : t('Agent')) + ': ');
    node.appendChild(who);
    if (m.deleted) {
      node.appendChild(el('span', 'oc-text', t('Deleted')));
      return;
    }

    if (m.text) { node.appendChild(el('span', 'oc-text', m.text)); }
    if (m.files && m.files.length) {
      var files = el('div', 'oc-files');
      m.files.forEach(function (f) {
        if (f.image && f.url) {
          var link = el('a');
          link.href = f.url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          var img = el('img');
          img.src = f.url;
          img.alt = f.name;
          img.loading = 'lazy';
          link.appendChild(img);
          files.appendChild(link);
        } else if (f.url) {
          var a = el('a', null, '📎 ' + f.name);
          a.href = f.url;
          a.setAttribute('download', f.name);
          a.setAttribute('aria-label', t('Download') + ': ' + f.name);
          files.appendChild(a);
        } else {
          files.appendChild(el('span', 'oc-file', '📎 ' + f.name));
        }
      });
      node.appendChild(files);
    }

    if (m.buttons && m.buttons.length) {
      if (m.rated) {
        node.appendChild(el('span', 'oc-rated', ' ' + t('RateThanks')));
      } else {
        var row = el('div', 'oc-rate');
        m.buttons.forEach(function (b) {
          var button = el('button', null, b.text);
          button.type = 'button';
          button.addEventListener('click', function () { rate(entry, b.payload); });
          row.appendChild(button);
        });
        node.appendChild(row);
      }
    }

    var meta = el('span', 'oc-meta');
    var parts = [];
    if (m.at) { parts.push(new Date(m.at).toLocaleTimeString(state.config.language, { hour: '2-digit', minute: '2-digit' })); }
    if (m.edited) { parts.push(t('Edited')); }
    if (m.from === 'visitor') {
      parts.push(m.state === 'sending' ? t('Sending') : m.state === 'failed' ? t('Failed') : t('Sent'));
    }
    meta.textContent = parts.join(' · ');
    var stateNode = el('span', 'oc-state');
    stateNode.setAttribute('data-state', m.state || 'sent');
    meta.appendChild(stateNode);
    node.appendChild(meta);
    if (m.from === 'visitor' && m.state === 'failed' && m.retry) {
      var retry = el('button', 'oc-icon', t('Retry'));
      retry.type = 'button';
      retry.addEventListener('click', m.retry);
      node.appendChild(retry);
    }
  }

  function sync() {
    return call('/messages').then(function (r) {
      if (r.status === 401) { return restart(); }
      if (!r.ok) { return; }
      return r.json().then(function (body) {
        body.messages.forEach(function (m) { upsert(m); });
        markRead();
      });
    }).catch(function () { /* offline: the stream's reconnect syncs again */ });
  }

  function markRead() {
    if (!state.open || document.visibilityState === 'hidden') { return; }
    var ids = Object.keys(state.pendingRead).filter(function (id) { return id.indexOf('wc-') === 0; }).slice(0, 100);
    state.pendingRead = {};
    if (ids.length) { call('/read', { method: 'POST', json: { ids: ids } }).catch(function () {}); }
  }

  function rate(entry, payload) {
    call('/rating', { method: 'POST', json: { payload: payload, id: newId() } }).then(function (r) {
      if (r.ok) {
        entry.data.rated = payload.slice(payload.lastIndexOf(':') + 1);
        render(entry);
        say('');
      } else {
        say(problem(r.status));
      }
    }).catch(function () { say(t('Error')); });
  }

  // ---- sending ----

  function send(text, file, id) {
    id = id || newId();
    var local = { id: id, from: 'visitor', text: text, at: new Date().toISOString(), state: 'sending', files: file ? [{ name: file.name }] : [] };
    var entry = upsert(local);
    var form = new FormData();
    form.append('id', id);
    form.append('text', text);
    form.append('lang', lang);
    if (file) { form.append('file', file, file.name); }
    var retry = function () { send(text, file, id); };
    return call('/messages', { method: 'POST', body: form }).then(function (r) {
      if (r.ok) {
        entry.data.state = 'sent';
        render(entry);
        say('');
        if (file) { sync(); }
      } else {
        entry.data.state = 'failed';
        entry.data.retry = r.status === 429 || r.status >= 500 ? retry : null;
        render(entry);
        say(problem(r.status));
        if (r.status === 401) { restart(); }
      }
    }).catch(function () {
      entry.data.state = 'failed';
      entry.data.retry = retry;
      render(entry);
      say(t('Error'));
    });
  }

  function composer() {
    ui.footer.textContent = '';
    ui.chip = el('div', 'oc-chip');
    ui.chip.hidden = true;
    var form = el('form', 'oc-compose');
    var input = el('textarea', 'oc-input');
    input.rows = 1;
    input.maxLength = state.config.maxMessageLength;
    input.placeholder = t('Placeholder');
    input.setAttribute('aria-label', t('Placeholder'));
    var fileInput = el('input', 'oc-file-input');
    fileInput.type = 'file';
    fileInput.hidden = true;
    fileInput.tabIndex = -1;
    if (state.config.fileTypes.length) { fileInput.accept = state.config.fileTypes.join(','); }
    var attach = el('button', 'oc-icon oc-attach', '📎');
    attach.type = 'button';
    attach.setAttribute('aria-label', t('Attach'));
    attach.hidden = !state.config.maxFileBytes;
    attach.addEventListener('click', function () { fileInput.click(); });
    fileInput.addEventListener('change', function () {
      var file = fileInput.files && fileInput.files[0];
      fileInput.value = '';
      if (!file) { return; }
      if (file.size > state.config.maxFileBytes) { say(t('FileTooLarge').replace('{0}', String(Math.round(state.config.maxFileBytes / 1048576)))); return; }
      if (state.config.fileTypes.indexOf((file.type || '').toLowerCase()) < 0) { say(t('FileType')); return; }
      chooseFile(file);
    });
    var sendButton = el('button', 'oc-send', t('Send'));
    sendButton.type = 'submit';
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (!text && !state.file) { return; }
      if (text.length > state.config.maxMessageLength) { say(t('TooLong')); return; }
      send(text, state.file);
      state.lastTyping = 0; // the next keystroke starts a new "typing…" for the agent
      input.value = '';
      chooseFile(null);
      input.focus();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : sendButton.click(); }
    });
    input.addEventListener('input', function () {
      var now = Date.now();
      if (now - state.lastTyping > 3000 && input.value) { state.lastTyping = now; call('/typing', { method: 'POST' }).catch(function () {}); }
    });
    form.appendChild(attach);
    form.appendChild(fileInput);
    form.appendChild(input);
    form.appendChild(sendButton);
    ui.footer.appendChild(ui.chip);
    ui.footer.appendChild(form);
  }

  function chooseFile(file) {
    state.file = file;
    ui.chip.textContent = '';
    ui.chip.hidden = !file;
    if (!file) { return; }
    ui.chip.appendChild(el('span', null, '📎 ' + file.name));
    var remove = el('button', 'oc-icon', '×');
    remove.type = 'button';
    remove.setAttribute('aria-label', t('RemoveFile') + ': ' + file.name);
    remove.addEventListener('click', function () { chooseFile(null); });
    ui.chip.appendChild(remove);
  }

  // ---- forms ----

  function field(form, name, label, type, required, multiline) {
    var wrap = el('label', null, label + (required ? ' *' : ''));
    var input = el(multiline ? 'textarea' : 'input');
    input.name = name;
    if (!multiline) { input.type = type; }
    if (multiline) { input.rows = 4; input.maxLength = state.config.maxMessageLength; }
    input.required = required;
    input.autocomplete = name === 'text' ? 'off' : name === 'phone' ? 'tel' : name;
    var error = el('span', 'oc-alert');
    error.id = 'oc-err-' + name;
    input.setAttribute('aria-describedby', error.id);
    wrap.appendChild(input);
    wrap.appendChild(error);
    form.appendChild(wrap);
    return input;
  }

  function check(inputs) {
    var ok = true;
    inputs.forEach(function (input) {
      var value = input.value.trim();
      var message = input.required && !value ? t('Required')
        : input.type === 'email' && value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? t('InvalidEmail') : '';
      input.setAttribute('aria-invalid', message ? 'true' : 'false');
      ui.root.getElementById('oc-err-' + input.name).textContent = message;
      if (message && ok) { input.focus(); ok = false; }
    });
    return ok;
  }

  function profileForm(className, intro, submitText, withMessage, onSubmit) {
    ui.footer.textContent = '';
    var form = el('form', 'oc-form ' + className);
    form.noValidate = true;
    form.appendChild(el('p', null, intro));
    var inputs = [field(form, 'name', t('Name'), 'text', true), field(form, 'email', t('Email'), 'email', true), field(form, 'phone', t('Phone'), 'tel', false)];
    if (withMessage) { inputs.push(field(form, 'text', t('Message'), 'text', true, true)); }
    var submit = el('button', 'oc-send', submitText);
    submit.type = 'submit';
    form.appendChild(submit);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!check(inputs)) { return; }
      var values = {};
      inputs.forEach(function (i) { values[i.name] = i.value.trim(); });
      submit.disabled = true;
      onSubmit(values).then(function () { submit.disabled = false; });
    });
    ui.footer.appendChild(form);
  }

  function preChat() {
    profileForm('oc-prechat', t('PreChatIntro'), t('Start'), false, function (v) {
      return call('/visitor', { method: 'POST', json: { token: state.token, name: v.name, email: v.email, phone: v.phone || null } }).then(function (r) {
        if (!r.ok) { say(problem(r.status)); return; }
        return r.json().then(function (body) { saveToken(body.token); say(''); composer(); });
      }).catch(function () { say(t('Error')); });
    });
  }

  function offline() {
    profileForm('oc-offline', t('OfflineIntro'), t('OfflineSend'), true, function (v) {
      var id = newId();
      return call('/offline', { method: 'POST', json: { id: id, name: v.name, email: v.email, phone: v.phone || null, text: v.text, lang: lang } }).then(function (r) {
        if (!r.ok) { say(problem(r.status)); return; }
        return r.json().then(function (body) {
          saveToken(body.token);
          say('');
          ui.footer.textContent = '';
          ui.footer.appendChild(el('p', 'oc-form oc-thanks', t('OfflineThanks')));
          sync();
        });
      }).catch(function () { say(t('Error')); });
    });
  }

  // ---- live stream ----

  var stream = { delay: 1000, typingTimer: null };

  function listen() {
    var controller = new AbortController();
    call('/events', { signal: controller.signal, headers: { Accept: 'text/event-stream' } }).then(function (r) {
      if (r.status === 401) { return restart(); }
      if (!r.ok || !r.body) { throw new Error('stream ' + r.status); }
      stream.delay = 1000;
      ui.typing.textContent = '';
      var reader = r.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { throw new Error('stream ended'); }
          buffer += decoder.decode(chunk.value, { stream: true });
          var cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            var block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            block.split('\n').forEach(function (line) { if (line.indexOf('data: ') === 0) { receive(line.slice(6)); } });
          }
          return pump();
        });
      }
      return sync().then(pump);
    }).catch(function () {
      ui.typing.textContent = t('Reconnecting');
      setTimeout(listen, stream.delay);
      stream.delay = Math.min(stream.delay * 2, 30000);
    });
  }

  function receive(data) {
    var e;
    try { e = JSON.parse(data); } catch (x) { return; }
    if (e.type === 'message') {
      ui.typing.textContent = '';
      upsert({ id: e.id, from: e.from || 'agent', text: e.text, at: e.at, buttons: e.buttons || [], files: (e.files || []).map(function (f) { return { name: f.name }; }), state: 'sent' });
      if (e.files && e.files.length) { sync(); }
      markRead();
    } else if (e.type === 'edit' && state.messages[e.id]) {
      upsert({ id: e.id, text: e.text, edited: true });
    } else if (e.type === 'delete' && state.messages[e.id]) {
      upsert({ id: e.id, deleted: true, text: '', files: [], buttons: [] });
    } else if (e.type === 'typing') {
      ui.typing.textContent = t('Typing');
      clearTimeout(stream.typingTimer);
      stream.typingTimer = setTimeout(function () { ui.typing.textContent = ''; }, 5000);
    }
  }

  // ---- start ----

  function begin(body) {
    saveToken(body.token);
    var hasHistory = false;
    return call('/messages').then(function (r) { return r.ok ? r.json() : { messages: [] }; }).then(function (history) {
      history.messages.forEach(function (m) { upsert(m); });
      hasHistory = history.messages.length > 0;
      if (!state.config.online && state.config.offlineForm && !hasHistory) { offline(); }
      else if (body.needsPreChat) { preChat(); }
      else { composer(); }
      listen();
    });
  }

  function restart() {
    try { window.localStorage.removeItem(storeKey); } catch (e) { /* nothing stored */ }
    state.token = null;
    return call('/visitor', { method: 'POST', json: { token: null } }).then(function (r) { return r.json(); }).then(function (body) {
      ui.log.textContent = '';
      state.messages = {};
      state.order = [];
      return begin(body);
    });
  }

  function start() {
    // A refused origin gets no CORS answer, so the browser rejects the call itself: both mean "not on this website".
    call('/config?lang=' + encodeURIComponent(lang)).then(function (r) {
      if (!r.ok) { throw new Error('the chat widget is not available on this website (' + r.status + ')'); }
      return r.json();
    }, function () {
      throw new Error('the chat widget is not available on this website (refused or unreachable)');
    }).then(function (config) {
      state.config = config;
      state.texts = config.texts;
      state.token = readToken();
      return call('/visitor', { method: 'POST', json: { token: state.token } });
    }).then(function (r) {
      if (!r.ok) { throw new Error('the chat widget could not start (' + r.status + ')'); }
      return r.json();
    }).then(function (body) {
      build();
      document.addEventListener('visibilitychange', markRead);
      return begin(body);
    }).catch(function (e) {
      if (window.console) { window.console.warn('Open Channels: ' + e.message); }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})
