CREATE TABLE `not_applicable_items` (
	`year` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`reason` text NOT NULL,
	`set_by` integer,
	`set_at` text NOT NULL,
	PRIMARY KEY(`year`, `indicator_code`),
	FOREIGN KEY (`year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
