CREATE TABLE `mail_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`claimed_at` text NOT NULL,
	`finished_at` text,
	`sent` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_runs_day_kind` ON `mail_runs` (`day`,`kind`);--> statement-breakpoint
ALTER TABLE `users` ADD `email` text;