import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { getStyleProfile, recentReplies, upsertStyleProfile } from './knowledge.repository.js';
import { deriveStyle, type StyleProfile, styleNotes, styleRefreshDue } from './style.models.js';

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

/** The style lines for a draft's prompt: none before the mailbox has a profile. */
export function styleNotesFor(db: Db, mailboxId: number, lang: string | null): string[] {
  const profile = loadStyleProfile(db, mailboxId);
  return profile ? styleNotes(profile, lang ?? 'en') : [];
}

/** Keeps a mailbox's style profile current as conversations are learned (see styleRefreshDue). */
export interface StyleRefresher {
  /** A new conversation of this mailbox was stored. */
  learned(mailboxId: number): void;
}

export function createStyleRefresher(deps: { db: Db; clock: Clock }): StyleRefresher {
  const learnedPerMailbox = new Map<number, number>();
  return {
    learned(mailboxId) {
      const n = (learnedPerMailbox.get(mailboxId) ?? 0) + 1;
      learnedPerMailbox.set(mailboxId, n);
      if (styleRefreshDue(n)) refreshStyleProfile(deps.db, mailboxId, deps.clock.now());
    },
  };
}
