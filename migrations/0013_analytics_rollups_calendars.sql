CREATE TABLE `analytics_rollup_state` (
	`mailbox_id` integer PRIMARY KEY NOT NULL,
	`calendar_key` text NOT NULL,
	`message_watermark` integer NOT NULL,
	`draft_watermark` integer NOT NULL,
	`message_count` integer NOT NULL,
	`refreshed_at` integer NOT NULL,
	`rebuilt_at` integer NOT NULL,
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `analytics_rollups` (
	`mailbox_id` integer NOT NULL,
	`day` integer NOT NULL,
	`calendar_key` text NOT NULL,
	`facts` blob NOT NULL,
	PRIMARY KEY(`mailbox_id`, `day`),
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `drafting_auto_pauses` (
	`mailbox_id` integer PRIMARY KEY NOT NULL,
	`paused_at` integer,
	`considered` integer DEFAULT 0 NOT NULL,
	`unused` integer DEFAULT 0 NOT NULL,
	`resumed_at` integer,
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mailbox_calendars` (
	`mailbox_id` integer PRIMARY KEY NOT NULL,
	`time_zone` text NOT NULL,
	`week` text NOT NULL,
	`holidays` text,
	`closures` text DEFAULT '[]' NOT NULL,
	`sla_business_hours` real NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `threads_mailbox_last_idx` ON `threads` (`mailbox_id`,`last_at`);