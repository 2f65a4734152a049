/** The fields of a Chrome trace event that the analysis reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the thread during the event, when the trace has it. */
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** The Long Tasks API's threshold. */
export const LONG_TASK_MS = 50;

/** Script work whose source is an extension file: evaluating a content script, or calling into it. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/**
 * Durations are the main thread's CPU time (tdur), not wall time: on a busy machine other processes
 * preempt the renderer, and a task stretched by them says nothing about the extension.
 */
export interface PageLoadTrace {
  /** Milliseconds of the extension's own script on the page's main thread (CPU time). */
  extensionScriptMs: number;
  /**
   * The same script's wall time less its CPU time: the thread waited inside our script. The
   * DevTools protocol's ScriptDuration is wall time and counts this; the CPU time above does not.
   */
  blockedMs: number;
  /**
   * Of that wait, the synchronous IPC the first chrome.i18n.getMessage of a page makes to fetch
   * the extension's message bundle from the browser (trace category `mojom`).
   */
  messageBundleMs: number;
  /** The part spent evaluating the content script (compile and start-up); the rest is its callbacks. */
  evaluateMs: number;
  /** Of the evaluation, compiling the bundle: what its size costs before any of it runs. */
  compileMs: number;
  /** Every task of 50 ms or more on that thread, with the extension's share of it. */
  longTasks: { ms: number; extensionMs: number }[];
  /** Long tasks that would not have been long without the extension's work in them. */
  extensionLongTasks: number;
}

/** Intervals that are not inside an earlier one: nested events (a compile inside an evaluation) count once. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const kept: TraceEvent[] = [];
  for (const event of sorted) {
    const last = kept[kept.length - 1];
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
    kept.push(event);
  }
  return kept;
}

const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
const ms = (events: TraceEvent[]) => events.reduce((sum, event) => sum + cpu(event), 0) / 1000;
const wallMs = (events: TraceEvent[]) => events.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;

/** The renderer's synchronous request for the extension's i18n messages (extensions/common/mojom/renderer_host.mojom). */
const MESSAGE_BUNDLE = 'RendererHost::GetMessageBundle';

/**
 * Reads one page load's trace: finds the renderer thread that ran the extension's script, adds up
 * that script, and checks every long task on the thread for extension work. Returns undefined when
 * no extension script ran at all.
 */
export function analyzePageLoad(events: readonly TraceEvent[], extensionOrigin: string): PageLoadTrace | undefined {
  const ours = events.filter(
    (event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && event.args?.data?.url?.startsWith(extensionOrigin),
  );
  const first = ours[0];
  if (!first) return undefined;
  const onThread = (event: TraceEvent) => event.pid === first.pid && event.tid === first.tid;
  const script = outermost(ours.filter(onThread));
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'RunTask' && onThread(event) && cpu(event) >= LONG_TASK_MS * 1000);
  const longTasks = tasks.map((task) => {
    const inside = script.filter((event) => event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0));
    return { ms: cpu(task) / 1000, extensionMs: ms(inside) };
  });
  const inScript = (event: TraceEvent) => script.some((outer) => event.ts >= outer.ts && event.ts < outer.ts + (outer.dur ?? 0));
  const bundle = events.filter((event) => event.ph === 'X' && event.name === MESSAGE_BUNDLE && onThread(event) && inScript(event));
  const evaluations = script.filter((event) => event.name === 'EvaluateScript');
  const inEvaluation = (event: TraceEvent) => evaluations.some((evaluation) => event.ts >= evaluation.ts && event.ts < evaluation.ts + (evaluation.dur ?? 0));
  return {
    extensionScriptMs: ms(script),
    blockedMs: wallMs(script) - ms(script),
    messageBundleMs: wallMs(bundle),
    evaluateMs: ms(evaluations),
    compileMs: ms(outermost(ours.filter((event) => onThread(event) && event.name === 'v8.compile' && inEvaluation(event)))),
    longTasks,
    extensionLongTasks: longTasks.filter((task) => task.extensionMs > 0 && task.ms - task.extensionMs < LONG_TASK_MS).length,
  };
}

/**
 * Main-thread CPU time between two `performance.mark()`s of a page: the tasks that start between
 * them on the thread that made the marks. Returns undefined when either mark is missing.
 */
export function cpuBetweenMarks(events: readonly TraceEvent[], startMark: string, endMark: string): { cpuMs: number; wallMs: number } | undefined {
  const start = events.find((event) => event.name === startMark);
  const end = events.find((event) => event.name === endMark && event.pid === start?.pid);
  if (!start || !end) return undefined;
  const tasks = events.filter(
    (event) => event.ph === 'X' && event.name === 'RunTask' && event.pid === start.pid && event.tid === start.tid && event.ts >= start.ts && event.ts <= end.ts,
  );
  return { cpuMs: ms(tasks), wallMs: (end.ts - start.ts) / 1000 };
}
