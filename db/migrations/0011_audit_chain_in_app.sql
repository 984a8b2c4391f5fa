-- The audit chain is signed by the application (signAuditEntry), no longer by a trigger:
-- the key must never enter SQL, or a trigger planted in the file could have the running server
-- sign a history of its choosing. Entries keep the user's name as written (`actor`) and say
-- how their hash was made (`chain_version`: NULL = the old trigger, 2 = the application).
DROP TRIGGER IF EXISTS `audit_log_chain`;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `chain_version` integer;
