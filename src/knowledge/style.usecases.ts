import type { Db } from '../store/store.js';
import { getStyleProfile, recentReplies, upsertStyleProfile } from './knowledge.repository.js';
import { deriveStyle, type StyleProfile } from './style.models.js';

/** Replies the profile is derived from: recent enough to follow a change of tone, many enough to count. */
export const styleSampleSize = 300;

/** Recomputes and stores a mailbox's style profile from its latest replies (not rejected). */
export function refreshStyleProfile(db: Db, mailboxId: number, now: number): StyleProfile {
  const replies = recentReplies(db, mailboxId, styleSampleSize);
  const profile = deriveStyle(replies);
  upsertStyleProfile(db, {
    mailboxId,
    profile: JSON.stringify(profile),
    conversations: replies.length,
    updatedAt: now,
  });
  return profile;
}

/** The stored profile, or null before the first refresh (or for a profile of an older version). */
export function loadStyleProfile(db: Db, mailboxId: number): StyleProfile | null {
  const row = getStyleProfile(db, mailboxId);
  if (!row) return null;
  const profile = JSON.parse(row.profile) as StyleProfile;
  return profile.version === 1 ? profile : null;
}
