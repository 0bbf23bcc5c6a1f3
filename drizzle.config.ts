import { defineConfig } from 'drizzle-kit';

// Only used by `npm run db:generate` to write SQL migrations into migrations/.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/**/*.table.ts',
  out: './migrations',
});
