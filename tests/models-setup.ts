import { ensureTinyModels } from './support/tiny-models.js';

/** Vitest global setup: the tiny generated models exist before any test file runs. */
export default async function setup(): Promise<void> {
  const report = await ensureTinyModels();
  if (report) console.log(`tiny models generated in ${JSON.stringify(report.generateMs)} ms`);
}
