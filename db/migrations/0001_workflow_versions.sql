ALTER TABLE `audit_log` ADD `scope` text;--> statement-breakpoint
CREATE INDEX `audit_log_scope` ON `audit_log` (`scope`);--> statement-breakpoint
ALTER TABLE `recommendations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `area_results` ADD `review_comment` text;