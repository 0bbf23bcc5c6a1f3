CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox_id` integer NOT NULL,
	`draft_key` text NOT NULL,
	`message_id` text NOT NULL,
	`folder` text,
	`uid_validity` integer,
	`uid` integer,
	`outcome` text,
	`created_at` integer NOT NULL,
	`appended_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_key_idx` ON `drafts` (`draft_key`);--> statement-breakpoint
CREATE TABLE `mailboxes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`host` text NOT NULL,
	`port` integer NOT NULL,
	`security` text NOT NULL,
	`username` text NOT NULL,
	`password_sealed` blob NOT NULL,
	`ca_pem` text,
	`inbox_folder` text DEFAULT 'INBOX' NOT NULL,
	`sent_folder` text,
	`drafts_folder` text,
	`folders_manual` integer DEFAULT false NOT NULL,
	`from_address` text,
	`from_name` text,
	`state` text DEFAULT 'active' NOT NULL,
	`last_error_code` text,
	`last_error_at` integer,
	`drafting_enabled` integer DEFAULT true NOT NULL,
	`signature` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mailboxes_name_unique` ON `mailboxes` (`name`);