/**
 * Whether `work` settles within `ms`. The work goes on either way; its failure counts as
 * settled. Shutdown uses it wherever a step may wait only so long (jobs, a LOGOUT, freeing models).
 */
export function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    late,
  ]).finally(() => clearTimeout(timer));
}
