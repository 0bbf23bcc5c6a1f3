ALTER TABLE `messages` ADD `sender_pseudonym` text;--> statement-breakpoint
ALTER TABLE `users` ADD `email_pseudonym` text;