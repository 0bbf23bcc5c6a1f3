CREATE TABLE `dsr_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`pseudonym` text NOT NULL,
	`reference` text,
	`received_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`handler` text NOT NULL,
	`completed_at` integer,
	`certificate` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dsr_requests_status_due_idx` ON `dsr_requests` (`status`,`due_at`);