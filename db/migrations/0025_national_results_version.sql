-- The national result is read beside the year's own values (the Laporan page, the overview,
-- the area pages of a closed year) and cached: its writes raise the data version.
CREATE TRIGGER `data_version_national_results_insert` AFTER INSERT ON `national_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_national_results_update` AFTER UPDATE ON `national_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_version_national_results_delete` AFTER DELETE ON `national_results`
BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
