import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Console settings, one JSON value per section (validated by settings.models.ts before writing). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by'),
});
