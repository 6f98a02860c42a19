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
-- hand-written: the bundles a facility made are its record of what left it: append-only.
CREATE TRIGGER `bundle_exports_no_update` BEFORE UPDATE ON `bundle_exports`
BEGIN SELECT RAISE(ABORT, 'bundle_exports is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `bundle_exports_no_delete` BEFORE DELETE ON `bundle_exports`
BEGIN SELECT RAISE(ABORT, 'bundle_exports is append-only'); END;
