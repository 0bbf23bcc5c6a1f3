import { readFileSync } from 'node:fs';

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
