// affectkit web page: calls POST /v1/analyze, /v1/reply, /v1/explain, /v1/conversation and /v1/signals and draws the
// results with plotly.js (and plain bars for the signals).
// Every analysed text (each turn of a conversation) is also read by POST /v1/care; at care level 2 or more a
// banner shows the crisis line and emergency number of the browser's locale (GET /v1/resources).
// User text is only ever set with textContent, never as HTML, and never put into the care banner.
"use strict";

const PLOT_CONFIG = { displayModeBar: false, responsive: true };
const MARGINS = { l: 110, r: 20, t: 10, b: 30 };

function show(id, visible) { document.getElementById(id).hidden = !visible; }

function fail(id, message) {
  const box = document.getElementById(id);
  box.textContent = message;
  box.hidden = false;
}

// POST a JSON body; the parsed answer, or an Error naming the status and the service's detail.
async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

async function analyze(texts) { return postJSON("/v1/analyze", { texts }); }

// The views the service offers (GET /v1/views, built in and registered); the chosen one is drawn beside
// the GoEmotions labels. Until the list arrives (or if it does not), the Ekman view.
let VIEWS = [{ name: "ekman", kind: "mapping", builtin: true }];
let lastResult = null;

async function loadViews() {
  try {
    const response = await fetch("/v1/views");
    if (!response.ok) return;
    const derived = (await response.json()).filter(view => view.categorical && view.kind !== "labels");
    if (!derived.length) return;
    VIEWS = derived;
    const select = document.getElementById("view-choice");
    const chosen = select.value;
    select.replaceChildren(...derived.map(view => {
      const option = document.createElement("option");
      option.value = option.textContent = view.name;
      option.selected = view.name === chosen;
      return option;
    }));
  } catch (_) { /* the Ekman view stays */ }
}

// A view's scores and labels in an analysis: a built-in view has a field of its own (a tree: its primary
// level), a registered one sits in "views".
function viewResult(result, view) {
  const own = view.builtin ? result[view.name] : (result.views || {})[view.name];
  return own && view.kind === "tree" ? own.primary : own;
}

function drawView(result) {
  const name = document.getElementById("view-choice").value;
  const chosen = viewResult(result, VIEWS.find(view => view.name === name) || VIEWS[0]);
  if (chosen) barChart("ekman-bars", chosen.scores, Math.min(Object.keys(chosen.scores).length, 10), chosen.labels);
}

function barChart(id, scores, limit, highlighted) {
  const entries = Object.entries(scores).sort((a, b) => b[1] - a[1]).slice(0, limit).reverse();
  Plotly.newPlot(id, [{
    type: "bar",
    orientation: "h",
    x: entries.map(e => e[1]),
    y: entries.map(e => e[0]),
    marker: { color: entries.map(e => highlighted.includes(e[0]) ? "#3b6fd8" : "#b8c4dc") },
    hovertemplate: "%{y}: %{x:.3f}<extra></extra>",
  }], { margin: MARGINS, xaxis: { range: [0, 1], title: "probability" }, bargap: 0.25 }, PLOT_CONFIG);
}

function vadChart(result) {
  const views = [["writer", result.writer_vad], ["reader", result.reader_vad], ["combined", result.vad]];
  const dims = ["valence", "arousal", "dominance"];
  Plotly.newPlot("vad-chart", views.map(([name, vad]) => ({
    type: "bar", name, x: dims, y: dims.map(d => vad[d]),
    hovertemplate: `${name} %{x}: %{y:.2f}<extra></extra>`,
  })), { margin: { l: 40, r: 10, t: 10, b: 30 }, yaxis: { range: [1, 5] }, barmode: "group", legend: { orientation: "h" } }, PLOT_CONFIG);
}

// The text's language, the path that read it, and why ("mixed languages", "Hangul script ...").
function languageLine(result) {
  const p = result.provenance;
  const path = !result.covered ? "not read: no model here covers it"
    : p.heads ? `read by the multilingual path (${p.model}; Plutchik and sentiment measured on XED in this language, the other views carried over from English)`
    : "read by the English model";
  return `language ${result.language} · ${path}` + (result.language_note ? ` · ${result.language_note}` : "");
}

function renderText(result) {
  document.getElementById("language").textContent = languageLine(result);
  const chips = document.getElementById("labels");
  chips.replaceChildren();
  const none = result.covered ? "(none above threshold)" : "(not read)";
  for (const label of result.labels.length ? result.labels : [none]) {
    const chip = document.createElement("span");
    chip.className = result.labels.length ? "chip" : "chip none";
    chip.textContent = label;
    chips.appendChild(chip);
  }
  show("text-result", true);
  barChart("emotion-bars", result.emotions, 10, result.labels);
  lastResult = result;
  drawView(result);
  barChart("sentiment-bars", result.sentiment.scores, 4, result.sentiment.labels);
  vadChart(result);
  const p = result.provenance;
  const heads = p.heads ? " · heads " + Object.entries(p.heads).map(([name, version]) => `${name} ${version}`).join(", ") : "";
  document.getElementById("provenance").textContent =
    `model ${p.model} ${p.model_version}${heads} · ${p.taxonomy_version} · thresholds ${p.thresholds} · ${p.tokens} tokens` +
    (p.truncated ? " · truncated to the model's limit" : "");
}

function parseConversation(raw) {
  const trimmed = raw.trim();
  if (!trimmed) throw new Error("the conversation is empty: write one turn per line as 'Speaker: text'");
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    const rows = trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split("\n").map(line => JSON.parse(line));
    return rows.map((row, i) => {
      if (typeof row.text !== "string") throw new Error(`turn ${i + 1} has no "text"`);
      return { speaker: String(row.speaker ?? "?"), text: row.text };
    });
  }
  return trimmed.split("\n").filter(line => line.trim()).map((line, i) => {
    const colon = line.indexOf(":");
    if (colon < 1) throw new Error(`line ${i + 1} has no 'Speaker:' before the text`);
    return { speaker: line.slice(0, colon).trim(), text: line.slice(colon + 1).trim() };
  });
}

// Each turn with the same speaker's earlier turns (the care layer reads a person's recent words together).
function careTurns(turns) {
  const earlier = new Map();
  return turns.filter(turn => turn.text.trim()).map(turn => {
    const before = earlier.get(turn.speaker) || [];
    earlier.set(turn.speaker, [...before, turn.text]);
    return { text: turn.text, history: before.slice(-CARE_HISTORY) };
  });
}

async function readConversation(turns) {
  const response = await fetch("/v1/conversation", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ turns }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${response.status}: ${body.detail || response.statusText}`);
  return body;
}

function renderConversation(turns, reading) {
  const results = reading.turns.map(t => t.analysis);
  const body = document.querySelector("#turns tbody");
  body.replaceChildren();
  turns.forEach((turn, i) => {
    const row = document.createElement("tr");
    const read = reading.turns[i];
    const causes = read.causes.map(c => `#${c.turn + 1}: ${c.span}`).join("; ");
    const cells = [String(i + 1), turn.speaker, turn.text,
      `${read.emotion.label} ${read.emotion.scores[read.emotion.label].toFixed(2)}`, causes,
      results[i].labels.join(", ") || `(${results[i].dominant})`, results[i].vad.valence.toFixed(2)];
    for (const value of cells) {
      const cell = document.createElement("td");
      cell.textContent = value;
      row.appendChild(cell);
    }
    body.appendChild(row);
  });
  show("conversation-result", true);
  const speakers = [...new Set(turns.map(t => t.speaker))];
  const traces = [];
  const palette = ["#3b6fd8", "#d8703b", "#2e9d5b", "#9b59b6", "#c0392b", "#7f8c8d"];
  for (const [n, speaker] of speakers.entries()) {
    const color = palette[n % palette.length];
    const index = turns.map((t, i) => i).filter(i => turns[i].speaker === speaker);
    const text = index.map(i => `${reading.turns[i].emotion.label}: ${turns[i].text.slice(0, 60)}`);
    traces.push({ type: "scatter", mode: "lines+markers", name: `${speaker} valence`, legendgroup: speaker, line: { color },
      x: index.map(i => i + 1), y: index.map(i => results[i].vad.valence), text, hovertemplate: "turn %{x}: %{text}<extra></extra>" });
    traces.push({ type: "scatter", mode: "lines", name: `${speaker} arousal`, legendgroup: speaker, line: { dash: "dot", color },
      x: index.map(i => i + 1), y: index.map(i => results[i].vad.arousal), hoverinfo: "skip" });
  }
  Plotly.newPlot("trajectory", traces, { margin: { l: 40, r: 10, t: 10, b: 40 },
    xaxis: { title: "turn", dtick: 1 }, yaxis: { range: [1, 5] }, legend: { orientation: "h" } }, PLOT_CONFIG);
}

// --- Crisis care -------------------------------------------------------------------------------------------
// The banner is built only from /v1/resources: it never holds what the user typed. It belongs to the panel
// whose analysis raised it, and shows while that panel is open.

const CARE_LEVEL = 2;                  // elevated: the level from which the banner shows
const CARE_HISTORY = 10;               // earlier turns by the same speaker sent with each turn (the care layer reads 10)
const careLevels = { "panel-text": 0, "panel-conversation": 0, "panel-signals": 0 };
const careRuns = { "panel-text": 0, "panel-conversation": 0, "panel-signals": 0 };
let careResourcesPromise = null;

function pageLocale() {
  // "en-US" from the browser; Intl.Locale turns "zh-Hans-CN" into "zh-CN", which the service reads.
  const raw = navigator.language || "";
  try {
    const locale = new Intl.Locale(raw);
    return locale.region ? `${locale.language}-${locale.region}` : locale.language;
  } catch (_) { return raw; }
}

async function fetchResources(locale) {
  const response = await fetch(locale ? `/v1/resources?locale=${encodeURIComponent(locale)}` : "/v1/resources");
  if (response.ok) return response.json();
  if (response.status === 422 && locale.includes("-")) return fetchResources(locale.split("-")[0]);  // language only
  throw new Error(`resources: ${response.status}`);
}

function careResources() {
  if (!careResourcesPromise) {
    careResourcesPromise = fetchResources(pageLocale()).catch(error => { careResourcesPromise = null; throw error; });
  }
  return careResourcesPromise;
}

async function careLevel(text, history) {
  const response = await fetch("/v1/care", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ texts: [text], history }),
  });
  if (!response.ok) throw new Error(`care: ${response.status}`);
  return (await response.json())[0].level;
}

// Read each item ({text, history}) with /v1/care, a few at a time; the panel's level is the peak.
async function checkCare(panelId, items) {
  const run = ++careRuns[panelId];
  const levels = new Array(items.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try { levels[i] = await careLevel(items[i].text, items[i].history); } catch (_) { /* that turn unread */ }
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, items.length) }, worker));
  if (run !== careRuns[panelId]) return;  // a newer analysis in this panel has started
  const read = levels.filter(level => level !== null);
  if (!read.length) return;  // the care layer did not answer: keep what the banner showed
  careLevels[panelId] = Math.max(...read);
  await renderCareBanner();
}

function link(href, label) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = label;
  if (/^https?:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
  return a;
}

function item(...parts) {
  const li = document.createElement("li");
  for (const part of parts) li.append(part);
  return li;
}

function crisisLine(service) {
  const reach = [];
  if (service.call) reach.push(["call ", link(`tel:${service.call.replace(/[^\d+]/g, "")}`, service.call)]);
  if (service.text) {
    const number = /^\+?[\d\s-]+$/.test(service.text);
    const sms = service.text.replace(/[^\d+]/g, "");
    reach.push(number ? ["text ", link(`sms:${sms}`, service.text)] : [`text ${service.text}`]);
  }
  if (service.chat) reach.push([link(service.chat, "chat online")]);
  else if (!reach.length && service.url) reach.push([link(service.url, service.url.replace(/^https?:\/\//, ""))]);
  const strong = document.createElement("strong");
  strong.textContent = service.name;
  const parts = [strong, ": "];
  reach.forEach((way, i) => { if (i) parts.push(", "); parts.push(...way); });
  return item(...parts);
}

function drawCareBanner(banner, level, resources) {
  const title = document.createElement("h2");
  title.textContent = "Support is available now";
  const intro = document.createElement("p");
  intro.textContent =
    "This text may describe someone in crisis. If that is you or someone you know, you can reach a person now:";
  const list = document.createElement("ul");
  const crisis = resources && resources.crisis;
  if (crisis) list.append(crisisLine(crisis));
  if (resources && (!crisis || !resources.country)) {
    const directory = resources.directory;
    list.append(item("Find a free, confidential helpline in your country: ", link(directory.url, directory.name)));
  }
  const emergency = resources && resources.emergency;
  const danger = emergency
    ? item("If anyone is in immediate danger, call ", link(`tel:${emergency}`, emergency), ".")
    : item("If anyone is in immediate danger, call your local emergency number.");
  if (level >= 4) list.prepend(danger); else list.append(danger);
  const note = document.createElement("p");
  note.className = "care-note";
  note.textContent =
    "This page reads words, not people: it does not diagnose anyone, and it is no substitute for talking with someone.";
  banner.replaceChildren(title, intro, list, note);
}

async function renderCareBanner() {
  const panel = document.querySelector("[role=tabpanel]:not([hidden])");
  const banner = document.getElementById("care-banner");
  const level = careLevels[panel.id];
  let resources = null;
  if (level >= CARE_LEVEL) {
    try { resources = await careResources(); } catch (_) { /* the banner still shows, with generic advice */ }
    if (document.querySelector("[role=tabpanel]:not([hidden])") !== panel || careLevels[panel.id] !== level) return;
  }
  if (banner.parentElement !== panel) panel.querySelector("form").after(banner);  // the top of this panel's results
  if (level >= CARE_LEVEL) {
    drawCareBanner(banner, level, resources);
    banner.hidden = false;
  } else {
    banner.hidden = true;
    banner.replaceChildren();
  }
}

async function busy(button, work) {
  button.disabled = true;
  try { await work(); } finally { button.disabled = false; }
}

document.getElementById("text-form").addEventListener("submit", event => {
  event.preventDefault();
  const text = document.getElementById("text").value;
  show("text-error", false);
  if (!text.trim()) { fail("text-error", "Type a text first."); return; }
  checkCare("panel-text", [{ text, history: [] }]);
  busy(document.getElementById("analyze"), async () => {
    try { renderText((await analyze([text]))[0]); } catch (error) { fail("text-error", error.message); }
  });
});

document.getElementById("reply").addEventListener("click", () => {
  const message = document.getElementById("text").value;
  show("reply-error", false);
  if (!message.trim()) { fail("reply-error", "Type a message first."); return; }
  busy(document.getElementById("reply"), async () => {
    try {
      const body = await postJSON("/v1/reply", { message });
      document.getElementById("reply-text").textContent = body.reply;
      const felt = body.emotions.map(e => `${e.label} ${e.probability.toFixed(2)}`).join(", ") || "none clear";
      document.getElementById("reply-grounding").textContent =
        `emotions: ${felt} · cause words: ${body.cause_words.join(", ") || "none"} · strategy: ${body.strategy} · ` +
        `written by: ${body.produced_by === "composer" ? "the offline composer" : body.produced_by}`;
      show("reply-result", true);
    } catch (error) { fail("reply-error", error.message); }
  });
});

// Shapley values of the words for each detected label (POST /v1/explain): green raises the label, red lowers
// it, the stronger the larger the value; the number (and its standard error when sampled) is on hover.
function renderExplanation(payload) {
  const box = document.getElementById("explain-result");
  box.replaceChildren();
  for (const item of payload.labels) {
    const section = document.createElement("div");
    section.className = "why";
    const title = document.createElement("h3");
    const how = item.exact ? "exact" : `sampled, ${item.model_calls} model calls`;
    title.textContent = `${item.label} ${item.probability.toFixed(2)} (Shapley, ${how}; values add up to ` +
      `${item.full.toFixed(2)} - ${item.empty.toFixed(2)} with no words)`;
    section.appendChild(title);
    const largest = Math.max(1e-9, ...item.words.map(w => Math.abs(w.value)));
    let previous = 0;
    for (const w of item.words) {
      section.appendChild(document.createTextNode(payload.text.slice(previous, w.start)));
      const span = document.createElement("span");
      span.className = "word";
      const alpha = (0.8 * Math.abs(w.value) / largest).toFixed(2);
      span.style.background = w.value > 0 ? `rgba(22,163,74,${alpha})` : `rgba(220,38,38,${alpha})`;
      span.title = `${w.value >= 0 ? "+" : ""}${w.value.toFixed(3)}` + (w.stderr ? ` ± ${w.stderr.toFixed(3)}` : "");
      span.textContent = payload.text.slice(w.start, w.end);
      section.appendChild(span);
      previous = w.end;
    }
    section.appendChild(document.createTextNode(payload.text.slice(previous)));
    box.appendChild(section);
  }
  box.hidden = false;
}

document.getElementById("explain").addEventListener("click", () => {
  const text = document.getElementById("text").value;
  show("explain-error", false);
  if (!text.trim()) { fail("explain-error", "Type a text first."); return; }
  busy(document.getElementById("explain"), async () => {
    try {
      renderExplanation(await postJSON("/v1/explain", { text }));
    } catch (error) { fail("explain-error", error.message); }
  });
});

document.getElementById("conversation-form").addEventListener("submit", event => {
  event.preventDefault();
  show("conversation-error", false);
  busy(document.getElementById("analyze-conversation"), async () => {
    try {
      const turns = parseConversation(document.getElementById("conversation").value);
      checkCare("panel-conversation", careTurns(turns));
      renderConversation(turns, await readConversation(turns));
    } catch (error) { fail("conversation-error", error.message); }
  });
});

// --- Mental-health signals (POST /v1/signals) ------------------------------------------------------------
// Each signal's labels with their probabilities as bars (flagged signals first), the words that carry the
// flagged ones marked in the text, and the sentence that says it is not a diagnosis. The care level of the
// same reading drives the crisis banner, as in the other panels.

function signalBars(reading) {
  const box = document.createElement("div");
  box.className = reading.flagged ? "reading flagged" : "reading";
  box.dataset.signal = reading.name;
  const title = document.createElement("h3");
  title.textContent = `${reading.name} (${reading.set})` + (reading.flagged ? " · flagged" : "");
  box.appendChild(title);
  const entries = Object.entries(reading.scores).sort((a, b) => b[1] - a[1]);
  for (const [label, probability] of entries) {
    const row = document.createElement("div");
    row.className = reading.labels.includes(label) ? "bar-row decided" : "bar-row";
    const name = document.createElement("span");
    name.className = "bar-label";
    name.textContent = name.title = label;
    const bar = document.createElement("span");
    bar.className = "bar";
    const fill = document.createElement("span");
    fill.className = "fill";
    fill.style.width = `${(100 * probability).toFixed(1)}%`;
    bar.appendChild(fill);
    const value = document.createElement("span");
    value.className = "bar-value";
    value.textContent = probability.toFixed(2);
    row.append(name, bar, value);
    box.appendChild(row);
  }
  const words = reading.evidence.map(e => `"${e.text}"`).join(", ");
  const note = document.createElement("p");
  note.className = "provenance";
  note.textContent = (reading.flagged ? `${reading.description}` + (words ? `: ${words}` : "") + " · " : "") +
    (reading.served_by === "trained" ? "trained on its set" : reading.served_by);
  box.appendChild(note);
  return box;
}

// The text with every cited span marked (overlapping spans merged); the title names the signals they carry.
function markEvidence(text, readings) {
  const spans = [];
  for (const reading of readings) {
    for (const e of reading.evidence) spans.push({ start: e.start, end: e.end, what: `${reading.name}: ${e.label}` });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.what.includes(span.what)) last.what += `; ${span.what}`;
    } else merged.push({ ...span });
  }
  const box = document.getElementById("signals-marked");
  box.replaceChildren();
  let previous = 0;
  for (const span of merged) {
    box.appendChild(document.createTextNode(text.slice(previous, span.start)));
    const mark = document.createElement("mark");
    mark.className = "evidence";
    mark.title = span.what;
    mark.textContent = text.slice(span.start, span.end);
    box.appendChild(mark);
    previous = span.end;
  }
  box.appendChild(document.createTextNode(text.slice(previous)));
}

function renderSignals(text, result) {
  document.getElementById("signals-summary").textContent = result.summary;
  const readings = Object.values(result.readings);
  const ordered = [...readings.filter(r => r.flagged), ...readings.filter(r => !r.flagged)];
  document.getElementById("signals-readings").replaceChildren(...ordered.map(signalBars));
  markEvidence(text, readings.filter(r => r.flagged));
  const p = result.provenance;
  const evidence = p.evidence && p.evidence.method
    ? ` · evidence: Shapley, ${p.evidence.exact ? "exact" : "sampled"}, ${p.evidence.model_calls} model calls`
    : "";
  document.getElementById("signals-provenance").textContent =
    `heads ${p.bundle} on ${p.encoder} · language ${result.language}${evidence}`;
  show("signals-result", true);
  careLevels["panel-signals"] = result.care ? result.care.level : 0;
  renderCareBanner();
}

document.getElementById("signals-form").addEventListener("submit", event => {
  event.preventDefault();
  const text = document.getElementById("signals-text").value;
  show("signals-error", false);
  if (!text.trim()) { fail("signals-error", "Type a text first."); return; }
  busy(document.getElementById("read-signals"), async () => {
    try {
      renderSignals(text, (await postJSON("/v1/signals", { text }))[0]);
    } catch (error) { fail("signals-error", error.message); }
  });
});

document.getElementById("conversation-file").addEventListener("change", async event => {
  const file = event.target.files[0];
  if (file) document.getElementById("conversation").value = await file.text();
});

for (const tab of document.querySelectorAll("nav button")) {
  tab.addEventListener("click", () => {
    for (const other of document.querySelectorAll("nav button")) {
      other.setAttribute("aria-selected", String(other === tab));
      document.getElementById(other.dataset.panel).hidden = other !== tab;
    }
    renderCareBanner();
  });
}

async function checkStatus() {
  const status = document.getElementById("status");
  try {
    const response = await fetch("/readyz");
    const body = await response.json();
    status.textContent = response.ok ? `ready · ${body.model}` : `not ready: ${body.status}`;
    status.className = response.ok ? "status ready" : "status down";
    if (!response.ok) setTimeout(checkStatus, 1000);
  } catch (_) {
    status.textContent = "the service does not answer";
    status.className = "status down";
  }
}
checkStatus();
loadViews();
document.getElementById("view-choice").addEventListener("change", () => { if (lastResult) drawView(lastResult); });
