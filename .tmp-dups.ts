import { loadEvents } from '/work/main/scripts/lib/event-source';
void (async () => {
  const events = await loadEvents('/work/main');
  const m = new Map<string, string[]>();
  for (const e of events)
    for (const h of e.definition.history) {
      const k = JSON.stringify({ r: h.release, s: h.summary, d: h.date, b: h.breaking, c: h.changes, a: h.adr });
      m.set(k, [...(m.get(k) ?? []), e.file]);
    }
  for (const [k, v] of m) if (v.length > 1) console.log(v.length, k.slice(0, 200), v.map((f) => f.split('/').pop()).join(' '));
})();
