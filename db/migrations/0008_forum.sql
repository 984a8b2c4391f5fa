CREATE TABLE `deck_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`note` text,
	`data` text NOT NULL,
	`sha256` text NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deck_snapshots_year_number` ON `deck_snapshots` (`year`,`number`);--> statement-breakpoint
CREATE TABLE `direction_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`note` text NOT NULL,
	`user_id` integer,
	FOREIGN KEY (`direction_id`) REFERENCES `directions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `directions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`year` integer NOT NULL,
	`area_code` text,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directions_client_id_unique` ON `directions` (`client_id`);--> statement-breakpoint
-- A snapshot is what the forum was shown: it is never changed or removed.
CREATE TRIGGER `deck_snapshots_no_update` BEFORE UPDATE ON `deck_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'deck snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `deck_snapshots_no_delete` BEFORE DELETE ON `deck_snapshots`
BEGIN
  SELECT RAISE(ABORT, 'deck snapshots are immutable');
END;
