CREATE TABLE `bundle_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bundle_id` text NOT NULL,
	`counter` integer NOT NULL,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`revision` integer NOT NULL,
	`file_name` text NOT NULL,
	`hash` text NOT NULL,
	`previous_hash` text,
	`size` integer NOT NULL,
	`content` blob NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bundle_exports_counter" CHECK("bundle_exports"."counter" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bundle_exports_bundleId_unique` ON `bundle_exports` (`bundle_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `bundle_exports_counter_unique` ON `bundle_exports` (`counter`);--> statement-breakpoint
CREATE UNIQUE INDEX `bundle_exports_hash_unique` ON `bundle_exports` (`hash`);--> statement-breakpoint
CREATE INDEX `bundle_exports_report` ON `bundle_exports` (`dataset`,`period`,`revision`);--> statement-breakpoint
CREATE TABLE `facility_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`sealed_private_key` text NOT NULL,
	`sealed_with` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facility_keys_publicKey_unique` ON `facility_keys` (`public_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `facility_keys_current` ON `facility_keys` (`retired_at`) WHERE "facility_keys"."retired_at" IS NULL;--> statement-breakpoint
CREATE TABLE `received_bundles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bundle_id` text NOT NULL,
	`hash` text NOT NULL,
	`station_code` text NOT NULL,
	`counter` integer NOT NULL,
	`previous_hash` text,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`revision` integer NOT NULL,
	`definition_version` integer NOT NULL,
	`created_at` text NOT NULL,
	`state` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`content` blob NOT NULL,
	`received_at` text NOT NULL,
	`received_by` integer,
	FOREIGN KEY (`station_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`received_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "received_bundles_state" CHECK("received_bundles"."state" IN ('pending', 'applied'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `received_bundles_bundleId_unique` ON `received_bundles` (`bundle_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `received_bundles_hash_unique` ON `received_bundles` (`hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `received_bundles_counter` ON `received_bundles` (`station_code`,`counter`);--> statement-breakpoint
CREATE INDEX `received_bundles_report` ON `received_bundles` (`dataset`,`period`,`station_code`);--> statement-breakpoint
CREATE TABLE `station_reports` (
	`station_code` text NOT NULL,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`revision` integer NOT NULL,
	`bundle_id` text NOT NULL,
	`submitted_at` text NOT NULL,
	`first_submitted_at` text NOT NULL,
	`received_at` text NOT NULL,
	PRIMARY KEY(`station_code`, `dataset`, `period`),
	FOREIGN KEY (`station_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `station_reports_period` ON `station_reports` (`dataset`,`period`);--> statement-breakpoint
CREATE TABLE `station_values` (
	`station_code` text NOT NULL,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`data_element` text NOT NULL,
	`category_option_combo` text DEFAULT '' NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`dataset`, `period`, `station_code`, `data_element`, `category_option_combo`),
	FOREIGN KEY (`station_code`) REFERENCES `stations`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stations` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`status` text NOT NULL,
	`last_counter` integer DEFAULT 0 NOT NULL,
	`last_hash` text,
	`first_seen_at` text NOT NULL,
	`decided_at` text,
	`decided_by` integer,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stations_status" CHECK("stations"."status" IN ('pending', 'active', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE `visit_referrals` (
	`visit_id` integer PRIMARY KEY NOT NULL,
	`to_facility_code` text NOT NULL,
	`to_facility_name` text NOT NULL,
	`reason` text NOT NULL,
	`referred_by` integer NOT NULL,
	`referred_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referred_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_definitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`content` text NOT NULL,
	`sha256` text NOT NULL,
	`source` text NOT NULL,
	`file_name` text,
	`imported_by` integer,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "report_definitions_source" CHECK("report_definitions"."source" IN ('shipped', 'imported')),
	CONSTRAINT "report_definitions_version_positive" CHECK("report_definitions"."version" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_definitions_version` ON `report_definitions` (`code`,`version`);--> statement-breakpoint
CREATE TABLE `report_entries` (
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`data_element` text NOT NULL,
	`category_option_combo` text DEFAULT '' NOT NULL,
	`value` integer NOT NULL,
	`entered_by` integer NOT NULL,
	`entered_at` text NOT NULL,
	PRIMARY KEY(`dataset`, `period`, `data_element`, `category_option_combo`),
	FOREIGN KEY (`entered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "report_entries_value" CHECK("report_entries"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE `report_reopenings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`reason` text NOT NULL,
	`reopened_by` integer NOT NULL,
	`reopened_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `report_submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_reopenings_submissionId_unique` ON `report_reopenings` (`submission_id`);--> statement-breakpoint
CREATE INDEX `report_reopenings_at` ON `report_reopenings` (`reopened_at`);--> statement-breakpoint
CREATE TABLE `report_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`org_unit` text NOT NULL,
	`revision` integer NOT NULL,
	`definition_version` integer NOT NULL,
	`definition_sha256` text NOT NULL,
	`values` text NOT NULL,
	`warnings` integer DEFAULT 0 NOT NULL,
	`due_date` text NOT NULL,
	`submitted_by` integer NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "report_submissions_revision_positive" CHECK("report_submissions"."revision" > 0),
	CONSTRAINT "report_submissions_values_json" CHECK(json_valid("report_submissions"."values") AND json_type("report_submissions"."values") = 'array')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_submissions_revision` ON `report_submissions` (`dataset`,`period`,`revision`);
--> statement-breakpoint
-- hand-written: definitions, submissions and reopenings are append-only (a definition in use is never edited in place; a submitted revision never changes).
CREATE TRIGGER `report_definitions_no_update` BEFORE UPDATE ON `report_definitions`
BEGIN SELECT RAISE(ABORT, 'report_definitions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_definitions_no_delete` BEFORE DELETE ON `report_definitions`
BEGIN SELECT RAISE(ABORT, 'report_definitions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_submissions_no_update` BEFORE UPDATE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_submissions_no_delete` BEFORE DELETE ON `report_submissions`
BEGIN SELECT RAISE(ABORT, 'report_submissions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_reopenings_no_update` BEFORE UPDATE ON `report_reopenings`
BEGIN SELECT RAISE(ABORT, 'report_reopenings is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `report_reopenings_no_delete` BEFORE DELETE ON `report_reopenings`
BEGIN SELECT RAISE(ABORT, 'report_reopenings is append-only'); END;
--> statement-breakpoint
-- hand-written: a revision follows the one before it, which must have been reopened.
CREATE TRIGGER `report_submissions_next_revision` BEFORE INSERT ON `report_submissions`
WHEN NEW.`revision` <> 1 + coalesce((SELECT max(`revision`) FROM `report_submissions` WHERE `dataset` = NEW.`dataset` AND `period` = NEW.`period`), 0)
  OR (NEW.`revision` > 1 AND NOT EXISTS (
    SELECT 1 FROM `report_submissions` AS `s` JOIN `report_reopenings` AS `r` ON `r`.`submission_id` = `s`.`id`
    WHERE `s`.`dataset` = NEW.`dataset` AND `s`.`period` = NEW.`period` AND `s`.`revision` = NEW.`revision` - 1))
BEGIN SELECT RAISE(ABORT, 'a report revision follows a reopened one'); END;
--> statement-breakpoint
-- hand-written: the bundles a facility made are its record of what left it: append-only.
CREATE TRIGGER `bundle_exports_no_update` BEFORE UPDATE ON `bundle_exports`
BEGIN SELECT RAISE(ABORT, 'bundle_exports is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `bundle_exports_no_delete` BEFORE DELETE ON `bundle_exports`
BEGIN SELECT RAISE(ABORT, 'bundle_exports is append-only'); END;
