ALTER TABLE `mailboxes` ADD `auth_method` text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_provider` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_tenant` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_client_id` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_token_url` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_scope` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_certificate_pem` text;--> statement-breakpoint
ALTER TABLE `mailboxes` ADD `oauth_secret_sealed` blob;