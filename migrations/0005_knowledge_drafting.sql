CREATE TABLE `conversation_embeddings` (
	`conversation_id` integer NOT NULL,
	`model` text NOT NULL,
	`dim` integer NOT NULL,
	`vector` blob NOT NULL,
	PRIMARY KEY(`conversation_id`, `model`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `conversation_participants` (
	`conversation_id` integer NOT NULL,
	`pseudonym` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`conversation_id`, `pseudonym`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conversation_participants_pseudonym_idx` ON `conversation_participants` (`pseudonym`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailbox_id` integer NOT NULL,
	`reply_message_row_id` integer NOT NULL,
	`customer_message_row_id` integer NOT NULL,
	`thread_id` integer,
	`lang` text,
	`customer_text` text NOT NULL,
	`reply_text` text NOT NULL,
	`customer_at` integer NOT NULL,
	`reply_at` integer NOT NULL,
	`risk` real NOT NULL,
	`status` text NOT NULL,
	`source` text DEFAULT 'history' NOT NULL,
	`created_at` integer NOT NULL,
	`reviewed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_reply_idx` ON `conversations` (`reply_message_row_id`);--> statement-breakpoint
CREATE INDEX `conversations_mailbox_idx` ON `conversations` (`mailbox_id`,`status`);--> statement-breakpoint
CREATE TABLE `style_profiles` (
	`mailbox_id` integer PRIMARY KEY NOT NULL,
	`profile` text NOT NULL,
	`conversations` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `drafts` ADD `message_row_id` integer;--> statement-breakpoint
ALTER TABLE `drafts` ADD `status` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `drafts` ADD `failure_code` text;--> statement-breakpoint
ALTER TABLE `drafts` ADD `suspicious` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `drafts` ADD `model` text;--> statement-breakpoint
ALTER TABLE `drafts` ADD `prompt_version` text;--> statement-breakpoint
ALTER TABLE `drafts` ADD `timings` text;--> statement-breakpoint
ALTER TABLE `drafts` ADD `checks` text;--> statement-breakpoint
ALTER TABLE `drafts` ADD `sketch` blob;--> statement-breakpoint
ALTER TABLE `drafts` ADD `similarity` real;--> statement-breakpoint
ALTER TABLE `drafts` ADD `sent_message_row_id` integer;--> statement-breakpoint
CREATE INDEX `drafts_message_idx` ON `drafts` (`message_row_id`);--> statement-breakpoint
CREATE INDEX `drafts_mailbox_created_idx` ON `drafts` (`mailbox_id`,`created_at`);