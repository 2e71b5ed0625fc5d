namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>JavaScript the scenarios run inside the pages, so that latencies are measured by the browser itself.</summary>
public static class PageScripts
{
    /// <summary>
    /// Watches the DOM for texts <c>bench@{sequence}@{sent µs since the epoch}@</c> and records, once per sequence, how many
    /// milliseconds after the webhook POST the text appeared (the harness and Chromium read the same system clock).
    /// </summary>
    public const string WatchLatency = """
        () => {
          window.__ocLatencies = [];
          const seen = new Set();
          const scan = text => {
            if (!text) return;
            const now = performance.timeOrigin + performance.now();
            for (const m of text.matchAll(/bench@(\d+)@(\d+)@/g)) {
              if (!seen.has(m[1])) { seen.add(m[1]); window.__ocLatencies.push(now - Number(m[2]) / 1000); }
            }
          };
          new MutationObserver(records => {
            for (const r of records) {
              if (r.type === 'characterData') scan(r.target.data);
              else for (const n of r.addedNodes) scan(n.textContent);
            }
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
        }
        """;

    /// <summary>Returns and clears the latencies recorded so far.</summary>
    public const string TakeLatencies = "() => { const l = window.__ocLatencies || []; window.__ocLatencies = []; return l; }";

    /// <summary>Installed before the page loads: when the text of the argument first appears, the time since navigation start.</summary>
    public const string WatchFirstPaint = """
        text => {
          window.__ocFirstPaint = null;
          const check = () => {
            if (window.__ocFirstPaint === null && document.body && document.body.textContent.includes(text)) {
              window.__ocFirstPaint = performance.now();
            }
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
          document.addEventListener('DOMContentLoaded', check);
        }
        """;

    /// <summary>
    /// The history numbers (<see cref="HistorySeeder.Text"/>) of the messages in <c>el</c>, read from each message's own text: the
    /// history's whole textContent runs a number into the next message's time and author (it once read 49812 in 500 messages).
    /// </summary>
    private const string HistoryNumbers = """el => [...el.querySelectorAll('.oc-msg-text')].map(t => /^history #(\d+)$/.exec(t.textContent.trim())).filter(m => m).map(m => Number(m[1]))""";

    /// <summary>
    /// Scrolls the history up by a few screens (past the first rendered message) and resolves with the milliseconds until a message older than every one shown
    /// before is in the DOM (-1 after 30 s).
    /// </summary>
    public const string ScrollToOlder = $$"""
        async () => {
          const el = document.querySelector('[data-testid=history]');
          // The element that really scrolls: the history itself, or the first ancestor (or the page) that overflows.
          let scroller = el;
          while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 1 && getComputedStyle(scroller).overflowY !== 'visible')) scroller = scroller.parentElement;
          scroller = scroller || document.scrollingElement;
          const numbers = () => ({{HistoryNumbers}})(el);
          const before = Math.min(...numbers());
          const started = performance.now();
          return await new Promise(resolve => {
            let done = value => { observer.disconnect(); resolve(value); };
            const observer = new MutationObserver(() => { const n = numbers(); if (n.length && Math.min(...n) < before) done(performance.now() - started); });
            observer.observe(el, { childList: true, subtree: true, characterData: true });
            setTimeout(() => done(-1), 30000);
            // A wheel event is how a person scrolls; it also stops the chat's own keep-at-the-bottom scrolling.
            const screen = Math.min(scroller.clientHeight, window.innerHeight);
            // At least four screens, and past the first rendered message: rendered messages are taller than the list's estimate,
            // so four small screens can stay inside what is already shown and ask for nothing older.
            const first = el.querySelector('[data-testid=message]');
            const firstTop = first ? first.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop : scroller.scrollTop;
            const target = Math.max(0, Math.min(scroller.scrollTop - 4 * screen, firstTop - screen));
            const scroll = () => {
              scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -4 * screen, bubbles: true }));
              scroller.scrollTop = target;
            };
            // The chat may still pull itself back to the newest message (a late first load, a read mark): scroll again, as a
            // person would, while it is not where it was sent. The time counts from the first scroll.
            const again = setInterval(() => { if (scroller.scrollTop > target + screen) scroll(); }, 250);
            const stop = done;
            done = value => { clearInterval(again); stop(value); };
            scroll();
          });
        }
        """;

    /// <summary>What the history looks like (for a scroll that found nothing older): sizes, scroll position and the numbers shown.</summary>
    public const string DescribeHistory = $$"""
        () => {
          const el = document.querySelector('[data-testid=history]');
          const n = ({{HistoryNumbers}})(el);
          return JSON.stringify({ scrollTop: el.scrollTop, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, overflow: getComputedStyle(el).overflowY,
            shown: n.length, min: Math.min(...n), max: Math.max(...n), page: document.scrollingElement.scrollTop });
        }
        """;
}
