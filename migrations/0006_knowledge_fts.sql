-- Full-text index of the anonymized conversations (BM25 through FTS5's bm25()). External content:
-- the text lives once, in `conversations`; these triggers keep the index in step, including the
-- deletes of retention and data-subject erasure. Diacritics are folded so "Rückerstattung" and
-- "Ruckerstattung" meet.
CREATE VIRTUAL TABLE `conversations_fts` USING fts5(
  customer_text,
  reply_text,
  content='conversations',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_insert` AFTER INSERT ON `conversations` BEGIN
  INSERT INTO conversations_fts(rowid, customer_text, reply_text)
  VALUES (new.id, new.customer_text, new.reply_text);
END;
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_delete` AFTER DELETE ON `conversations` BEGIN
  INSERT INTO conversations_fts(conversations_fts, rowid, customer_text, reply_text)
  VALUES ('delete', old.id, old.customer_text, old.reply_text);
END;
--> statement-breakpoint
CREATE TRIGGER `conversations_fts_update` AFTER UPDATE OF customer_text, reply_text ON `conversations` BEGIN
  INSERT INTO conversations_fts(conversations_fts, rowid, customer_text, reply_text)
  VALUES ('delete', old.id, old.customer_text, old.reply_text);
  INSERT INTO conversations_fts(rowid, customer_text, reply_text)
  VALUES (new.id, new.customer_text, new.reply_text);
END;
--> statement-breakpoint
-- Drafts stored before drafting existed (issue 4's write-back) count as stored.
UPDATE `drafts` SET `status` = 'stored' WHERE `uid` IS NOT NULL;
