import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/** Resident and peak resident memory of a process in MB, from /proc (VmRSS, VmHWM). */
export function processMemory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: Math.round((kb('VmRSS') * 1024) / MB), hwmMb: Math.round((kb('VmHWM') * 1024) / MB) };
}

/**
 * Samples a process's RSS every `everyMs` until stopped. The kernel's own high-water mark
 * (VmHWM) is kept too: it also catches a spike shorter than the sampling interval.
 */
export function sampleRss(pid: number, everyMs = 100) {
  let peakMb = 0;
  let hwmMb = 0;
  const take = () => {
    const m = processMemory(pid);
    if (!m) return;
    peakMb = Math.max(peakMb, m.rssMb);
    hwmMb = Math.max(hwmMb, m.hwmMb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): { peakSampledMb: number; hwmMb: number } {
      take();
      clearInterval(timer);
      return { peakSampledMb: peakMb, hwmMb };
    },
  };
}

/**
 * A full garbage collection: `npm run bench` starts its modules with --expose-gc; a module run
 * alone turns the flag on here.
 */
export function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  // Twice: the first collection can leave objects whose finalizers free more.
  gc();
  gc();
}

/**
 * This process's resident memory after a full collection, step by step: each step's figure is
 * what the step added and kept (its data and code), not the garbage it left, which an appliance
 * reclaims as soon as it collects.
 */
export function residentSteps() {
  const settled = () => {
    collectGarbage();
    // V8 sweeps and returns the pages it freed on background threads after the collection:
    // read right away, the figure still held 10 to 35 MB of them, by chance of the threads.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    return processMemory(process.pid)?.rssMb ?? 0;
  };
  const first = settled();
  let last = first;
  const added: Record<string, number> = {};
  return {
    first,
    step(name: string): number {
      const now = settled();
      added[name] = now - last;
      last = now;
      return now;
    },
    added,
  };
}
