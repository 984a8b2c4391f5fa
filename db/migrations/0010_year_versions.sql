CREATE TABLE `year_versions` (
	`year` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
-- A year's scores come from its period, area results, answers, targets and items not
-- applicable; every write to them raises that year's version in the same transaction (the old
-- and the new year on an update), so a cached year summary knows when it is stale.
--> statement-breakpoint
CREATE TRIGGER `year_version_periods_insert` AFTER INSERT ON `periods`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_periods_update` AFTER UPDATE ON `periods`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_periods_delete` AFTER DELETE ON `periods`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_area_results_insert` AFTER INSERT ON `area_results`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_area_results_update` AFTER UPDATE ON `area_results`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_area_results_delete` AFTER DELETE ON `area_results`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_indicator_answers_insert` AFTER INSERT ON `indicator_answers`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_indicator_answers_update` AFTER UPDATE ON `indicator_answers`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_indicator_answers_delete` AFTER DELETE ON `indicator_answers`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_targets_insert` AFTER INSERT ON `targets`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_targets_update` AFTER UPDATE ON `targets`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_targets_delete` AFTER DELETE ON `targets`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_not_applicable_items_insert` AFTER INSERT ON `not_applicable_items`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_not_applicable_items_update` AFTER UPDATE ON `not_applicable_items`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `year_versions` (`year`, `version`) VALUES (NEW.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `year_version_not_applicable_items_delete` AFTER DELETE ON `not_applicable_items`
BEGIN
  INSERT INTO `year_versions` (`year`, `version`) VALUES (OLD.`year`, 1)
    ON CONFLICT (`year`) DO UPDATE SET `version` = `version` + 1;
END;
