import { describe, expect, it } from 'vitest';
import { analyzePageLoad, cpuBetweenMarks, type TraceEvent } from '../../../bench/trace';

const EXT = 'chrome-extension://abc/';
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, dur: ms * 1000 });
const script = (name: string, ts: number, ms: number, url = `${EXT}content-scripts/capture.js`, tid = 1): TraceEvent => ({
  name, ph: 'X', pid: 1, tid, ts, dur: ms * 1000, args: { data: { url } },
});

describe('page-load trace analysis', () => {
  it('adds up the extension’s script once, nested compiles included in their evaluation', () => {
    const trace = analyzePageLoad(
      [
        task(0, 6),
        script('EvaluateScript', 100, 5),
        script('v8.compile', 200, 1),
        task(10_000, 3),
        script('FunctionCall', 10_100, 2),
        script('FunctionCall', 20_000, 4, 'https://stackoverflow.com/questions/1'),
      ],
      EXT,
    );
    expect(trace?.extensionScriptMs).toBe(7);
    expect(trace?.evaluateMs).toBe(5);
    expect(trace?.compileMs).toBe(1);
    expect(trace?.longTasks).toEqual([]);
    expect(trace?.extensionLongTasks).toBe(0);
  });

  it('blames a long task on the extension only when it would not have been long without it', () => {
    const trace = analyzePageLoad(
      [
        task(0, 70),
        script('EvaluateScript', 1_000, 30),
        task(100_000, 120),
        script('FunctionCall', 100_500, 2),
        script('FunctionCall', 300_000, 1),
      ],
      EXT,
    );
    expect(trace?.longTasks).toEqual([
      { ms: 70, extensionMs: 30 },
      { ms: 120, extensionMs: 2 },
    ]);
    expect(trace?.extensionLongTasks).toBe(1);
  });

  it('counts CPU time, so a task stretched by other processes is not long', () => {
    const trace = analyzePageLoad(
      [
        { ...task(0, 200), tdur: 30_000 },
        { ...script('EvaluateScript', 100, 150), tdur: 25_000 },
      ],
      EXT,
    );
    expect(trace).toEqual({ extensionScriptMs: 25, blockedMs: 125, messageBundleMs: 0, evaluateMs: 25, compileMs: 0, longTasks: [], extensionLongTasks: 0 });
  });

  it('tells the wait inside our script apart, and the i18n message bundle’s synchronous IPC in it', () => {
    const bundle = (ts: number, ms: number, tid = 1): TraceEvent => ({ name: 'RendererHost::GetMessageBundle', ph: 'X', pid: 1, tid, ts, dur: ms * 1000, tdur: 100 });
    const trace = analyzePageLoad(
      [
        { ...script('EvaluateScript', 0, 4), tdur: 3_000 },
        { ...script('FunctionCall', 10_000, 9), tdur: 2_000 },
        bundle(11_000, 6),
        // Another thread's, and one outside our script: neither is ours to wait on.
        bundle(11_000, 50, 2),
        bundle(30_000, 40),
      ],
      EXT,
    );
    expect(trace?.extensionScriptMs).toBe(5);
    expect(trace?.blockedMs).toBe(8);
    expect(trace?.messageBundleMs).toBe(6);
  });

  it('reads only the thread where the extension ran, and reports nothing when it did not run', () => {
    const trace = analyzePageLoad([script('EvaluateScript', 0, 1), task(0, 80, 2), script('FunctionCall', 10, 60, EXT, 2)], EXT);
    expect(trace?.longTasks).toEqual([]);
    expect(trace?.extensionScriptMs).toBe(1);
    expect(analyzePageLoad([task(0, 80), script('EvaluateScript', 0, 60, 'https://example.org/a.js')], EXT)).toBeUndefined();
  });
});

describe('CPU time between marks', () => {
  const mark = (name: string, ts: number, tid = 1): TraceEvent => ({ name, ph: 'R', pid: 1, tid, ts });

  it('adds the CPU time of the tasks that start between the marks on their thread', () => {
    const result = cpuBetweenMarks(
      [
        { ...task(0, 5), tdur: 5_000 },
        mark('start', 1_000),
        { ...task(2_000, 40), tdur: 30_000 },
        { ...task(50_000, 20), tdur: 20_000, tid: 2 },
        { ...task(60_000, 10), tdur: 4_000 },
        mark('end', 80_000),
        { ...task(90_000, 10), tdur: 10_000 },
      ],
      'start',
      'end',
    );
    expect(result).toEqual({ cpuMs: 34, wallMs: 79 });
  });

  it('says nothing when a mark is missing', () => {
    expect(cpuBetweenMarks([mark('start', 0), task(10, 5)], 'start', 'end')).toBeUndefined();
  });
});
