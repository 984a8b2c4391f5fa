ALTER TABLE `directions` ADD `edited_at` text;--> statement-breakpoint
ALTER TABLE `directions` ADD `withdrawn_at` text;--> statement-breakpoint
ALTER TABLE `directions` ADD `withdrawn_reason` text;