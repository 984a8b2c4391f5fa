CREATE TABLE `review_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`area_code` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`comment` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `returned_reason` text;