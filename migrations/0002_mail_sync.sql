CREATE TABLE `folder_state` (
	`mailbox_id` integer NOT NULL,
	`role` text NOT NULL,
	`folder` text NOT NULL,
	`uid_validity` integer NOT NULL,
	`last_uid` integer DEFAULT 0 NOT NULL,
	`highest_modseq` text,
	`backfill_done` integer DEFAULT 0 NOT NULL,
	`backfill_total` integer DEFAULT 0 NOT NULL,
	`backfill_finished_at` integer,
	`live_since` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`mailbox_id`, `role`)
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox_id` integer NOT NULL,
	`folder` text NOT NULL,
	`folder_role` text NOT NULL,
	`uid_validity` integer NOT NULL,
	`uid` integer NOT NULL,
	`message_id_hash` text NOT NULL,
	`header_hash` text NOT NULL,
	`in_reply_to_hash` text,
	`reference_hashes` text DEFAULT '[]' NOT NULL,
	`thread_id` integer NOT NULL,
	`direction` text NOT NULL,
	`sent_at` integer,
	`received_at` integer NOT NULL,
	`size` integer NOT NULL,
	`from_pseudonym` text,
	`recipient_pseudonyms` text DEFAULT '[]' NOT NULL,
	`language` text,
	`new_part_chars` integer NOT NULL,
	`attachment_count` integer NOT NULL,
	`skip_rule` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe_idx` ON `messages` (`mailbox_id`,`message_id_hash`,`header_hash`);--> statement-breakpoint
CREATE INDEX `messages_location_idx` ON `messages` (`mailbox_id`,`folder`,`uid_validity`,`uid`);--> statement-breakpoint
CREATE INDEX `messages_message_id_idx` ON `messages` (`mailbox_id`,`message_id_hash`);--> statement-breakpoint
CREATE INDEX `messages_in_reply_to_idx` ON `messages` (`mailbox_id`,`in_reply_to_hash`);--> statement-breakpoint
CREATE INDEX `messages_thread_idx` ON `messages` (`thread_id`);--> statement-breakpoint
CREATE TABLE `quarantine` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox_id` integer NOT NULL,
	`folder` text NOT NULL,
	`uid_validity` integer NOT NULL,
	`uid` integer NOT NULL,
	`reason` text NOT NULL,
	`header_hash` text NOT NULL,
	`size` integer NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quarantine_dedupe_idx` ON `quarantine` (`mailbox_id`,`header_hash`);--> statement-breakpoint
CREATE INDEX `quarantine_at_idx` ON `quarantine` (`at`);--> statement-breakpoint
CREATE TABLE `threads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox_id` integer NOT NULL,
	`subject_key` text NOT NULL,
	`participants_key` text NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`message_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `threads_fallback_idx` ON `threads` (`mailbox_id`,`subject_key`,`participants_key`,`last_at`);