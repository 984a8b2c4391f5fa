CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 1);
-- Every write to the evaluation's data (not sessions, sign-in attempts or the audit log) raises
-- the version in the same transaction; caches of computed aggregates compare it.
--> statement-breakpoint
CREATE TRIGGER `data_version_achievements_insert` AFTER INSERT ON `achievements`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_achievements_update` AFTER UPDATE ON `achievements`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_achievements_delete` AFTER DELETE ON `achievements`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_area_results_insert` AFTER INSERT ON `area_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_area_results_update` AFTER UPDATE ON `area_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_area_results_delete` AFTER DELETE ON `area_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_deck_snapshots_insert` AFTER INSERT ON `deck_snapshots`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_deck_snapshots_update` AFTER UPDATE ON `deck_snapshots`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_deck_snapshots_delete` AFTER DELETE ON `deck_snapshots`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_direction_follow_ups_insert` AFTER INSERT ON `direction_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_direction_follow_ups_update` AFTER UPDATE ON `direction_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_direction_follow_ups_delete` AFTER DELETE ON `direction_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_directions_insert` AFTER INSERT ON `directions`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_directions_update` AFTER UPDATE ON `directions`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_directions_delete` AFTER DELETE ON `directions`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_evidence_files_insert` AFTER INSERT ON `evidence_files`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_evidence_files_update` AFTER UPDATE ON `evidence_files`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_evidence_files_delete` AFTER DELETE ON `evidence_files`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_frameworks_insert` AFTER INSERT ON `frameworks`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_frameworks_update` AFTER UPDATE ON `frameworks`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_frameworks_delete` AFTER DELETE ON `frameworks`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_indicator_answers_insert` AFTER INSERT ON `indicator_answers`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_indicator_answers_update` AFTER UPDATE ON `indicator_answers`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_indicator_answers_delete` AFTER DELETE ON `indicator_answers`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_not_applicable_items_insert` AFTER INSERT ON `not_applicable_items`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_not_applicable_items_update` AFTER UPDATE ON `not_applicable_items`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_not_applicable_items_delete` AFTER DELETE ON `not_applicable_items`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_outcome_figures_insert` AFTER INSERT ON `outcome_figures`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_outcome_figures_update` AFTER UPDATE ON `outcome_figures`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_outcome_figures_delete` AFTER DELETE ON `outcome_figures`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_periods_insert` AFTER INSERT ON `periods`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_periods_update` AFTER UPDATE ON `periods`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_periods_delete` AFTER DELETE ON `periods`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendation_follow_ups_insert` AFTER INSERT ON `recommendation_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendation_follow_ups_update` AFTER UPDATE ON `recommendation_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendation_follow_ups_delete` AFTER DELETE ON `recommendation_follow_ups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendations_insert` AFTER INSERT ON `recommendations`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendations_update` AFTER UPDATE ON `recommendations`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_recommendations_delete` AFTER DELETE ON `recommendations`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_review_rounds_insert` AFTER INSERT ON `review_rounds`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_review_rounds_update` AFTER UPDATE ON `review_rounds`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_review_rounds_delete` AFTER DELETE ON `review_rounds`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_targets_insert` AFTER INSERT ON `targets`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_targets_update` AFTER UPDATE ON `targets`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_targets_delete` AFTER DELETE ON `targets`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_users_insert` AFTER INSERT ON `users`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_users_update` AFTER UPDATE ON `users`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_users_delete` AFTER DELETE ON `users`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_group_members_insert` AFTER INSERT ON `working_group_members`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_group_members_update` AFTER UPDATE ON `working_group_members`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_group_members_delete` AFTER DELETE ON `working_group_members`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_groups_insert` AFTER INSERT ON `working_groups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_groups_update` AFTER UPDATE ON `working_groups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_working_groups_delete` AFTER DELETE ON `working_groups`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
