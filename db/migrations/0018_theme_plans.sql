DROP INDEX `action_plans_year_area`;--> statement-breakpoint
ALTER TABLE `action_plans` ADD `theme` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `action_plans_year_area_theme` ON `action_plans` (`year`,`area_code`,`theme`);