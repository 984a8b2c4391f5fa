CREATE TABLE `appeals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`area_code` text NOT NULL,
	`indicator_code` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`reason` text NOT NULL,
	`file_id` integer NOT NULL,
	`score_at_filing` text,
	`filed_by` integer NOT NULL,
	`filed_at` text NOT NULL,
	`response` text,
	`answered_by` integer,
	`answered_at` text,
	`rescore_before` text,
	`rescore_after` text,
	`rescored_by` integer,
	`rescored_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `periods`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `evidence_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rescored_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appeals_year` ON `appeals` (`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `appeals_one_open_per_item` ON `appeals` (`year`,`indicator_code`) WHERE "appeals"."status" = 'open';--> statement-breakpoint
ALTER TABLE `periods` ADD `appeals_opened_at` text;--> statement-breakpoint
-- An appeal shows on the area result and the deck (cached): its writes raise the data version.
CREATE TRIGGER `data_version_appeals_insert` AFTER INSERT ON `appeals`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_appeals_update` AFTER UPDATE ON `appeals`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_appeals_delete` AFTER DELETE ON `appeals`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
