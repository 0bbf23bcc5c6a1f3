import { z } from 'zod';
import type { DsrKind } from './dsr.table.js';

/**
 * Pure parts of data-subject requests: input checks, the one-month deadline, the erasure
 * certificate's shape and its plain-text form.
 */

export const requestInputSchema = z.object({
  kind: z.enum(['access', 'erasure'], { message: 'Choose access (export) or erasure.' }),
  email: z
    .string()
    .trim()
    .min(3, 'Enter the person’s e-mail address.')
    .max(254, 'An e-mail address has at most 254 characters.')
    .regex(/^[^\s@<>"]+@[^\s@<>"]+$/, 'Enter one e-mail address, like anna@example.org.'),
  reference: z
    .string()
    .trim()
    .max(80, 'The reference has at most 80 characters.')
    .regex(
      /^[A-Za-z0-9_.:/-]*$/,
      'The reference may hold letters, digits and . _ : / - only (a ticket number).',
    )
    .optional(),
  receivedOn: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Give the date as YYYY-MM-DD.')
    .optional(),
});
export type RequestInput = z.input<typeof requestInputSchema>;

/**
 * Art. 12(3): one month from receipt. The same day of the next month, or that month's last day
 * when it has no such day (31 January → 28/29 February), in UTC.
 */
export function dueDate(receivedAt: number): number {
  const d = new Date(receivedAt);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.getTime();
}

export function isOverdue(r: { status: string; dueAt: number }, now: number): boolean {
  return (r.status === 'open' || r.status === 'erasing') && r.dueAt < now;
}

export const kindLabel: Record<DsrKind, string> = { access: 'Access (export)', erasure: 'Erasure' };

export interface ErasureCertificate {
  requestId: number | null;
  /** The person's keyed pseudonym: proves which person without naming them. */
  subject: string;
  erasedAt: string;
  actor: string;
  auditId: number;
  journalEntry: number;
  deleted: Record<string, number>;
  kept: { table: string; rows: number; why: string }[];
  notes: string[];
}

export function certificateText(c: ErasureCertificate): string {
  const lines = [
    'ERASURE CERTIFICATE (GDPR Art. 17)',
    '',
    `Request:        ${c.requestId ?? '(journal replay)'}`,
    `Subject:        pseudonym ${c.subject}`,
    `Erased at:      ${c.erasedAt}`,
    `Requested by:   ${c.actor}`,
    `Audit row:      ${c.auditId}`,
    `Journal entry:  ${c.journalEntry} (replayed after every restore of a backup)`,
    '',
    'Deleted (rows per table):',
    ...Object.entries(c.deleted).map(([t, n]) => `  ${t.padEnd(28)} ${n}`),
    '',
    'Kept, and why:',
    ...c.kept.map((k) => `  ${k.table.padEnd(28)} ${k.rows}  ${k.why}`),
    '',
    ...c.notes,
  ];
  return `${lines.join('\n')}\n`;
}
