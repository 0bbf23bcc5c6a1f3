CREATE TABLE `analytics_rollup_rebuilds` (
	`mailbox_id` integer PRIMARY KEY NOT NULL,
	`calendar_key` text NOT NULL,
	`from_day` integer NOT NULL,
	`to_day` integer NOT NULL,
	`next_day` integer NOT NULL,
	`message_watermark` integer NOT NULL,
	`draft_watermark` integer NOT NULL,
	`message_count` integer NOT NULL,
	`started_at` integer NOT NULL,
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `analytics_rollups_staged` (
	`mailbox_id` integer NOT NULL,
	`day` integer NOT NULL,
	`calendar_key` text NOT NULL,
	`facts` blob NOT NULL,
	`coverage` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`mailbox_id`, `day`),
	FOREIGN KEY (`mailbox_id`) REFERENCES `mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `analytics_rollup_state` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `analytics_rollups` ADD `coverage` text DEFAULT '[]' NOT NULL;