ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
-- Every new entry is chained to the one before it: hash = HMAC(key, previous hash, entry).
-- audit_link is registered on each connection by openDb with the installation's key; a
-- connection without it (the sqlite3 shell) cannot insert. Entries from before this migration
-- keep a NULL hash and are reported as unchained.
CREATE TRIGGER `audit_log_chain` AFTER INSERT ON `audit_log`
BEGIN
  UPDATE `audit_log` SET `hash` = audit_link(
    (SELECT `hash` FROM `audit_log` WHERE `id` < NEW.`id` ORDER BY `id` DESC LIMIT 1),
    json_array(NEW.`at`, NEW.`user_id`, NEW.`action`, NEW.`entity`, NEW.`entity_id`, NEW.`scope`, NEW.`before`, NEW.`after`)
  ) WHERE `id` = NEW.`id`;
END;
