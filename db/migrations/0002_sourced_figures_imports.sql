ALTER TABLE `frameworks` ADD `origin` text DEFAULT 'shipped' NOT NULL;--> statement-breakpoint
ALTER TABLE `frameworks` ADD `created_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `source_title` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `source_issuer` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `source_date` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `provenance` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `entered_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `entered_at` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `verified_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `verified_at` text;--> statement-breakpoint
ALTER TABLE `indicator_answers` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Snapshots stored before frameworks named their method: the regulation in short.
UPDATE `frameworks` SET `definition` = json_set(`definition`, '$.method', CASE WHEN `id` = 'pmprb-2014' THEN 'PermenPANRB 14/2014' ELSE 'PermenPANRB 26/2020' END) WHERE json_extract(`definition`, '$.method') IS NULL;
