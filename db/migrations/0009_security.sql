CREATE TABLE `audit_patients` (
	`audit_id` integer NOT NULL,
	`patient_id` integer NOT NULL,
	PRIMARY KEY(`audit_id`, `patient_id`),
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_patients_patient` ON `audit_patients` (`patient_id`,`audit_id`);--> statement-breakpoint
CREATE TABLE `workstations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`credential_hash` text NOT NULL,
	`paired_at` text NOT NULL,
	`paired_by` integer,
	`paired_from` text,
	`revoked_at` text,
	`revoked_by` integer,
	`last_seen_at` text,
	`last_address` text,
	`last_username` text,
	FOREIGN KEY (`paired_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workstations_credentialHash_unique` ON `workstations` (`credential_hash`);--> statement-breakpoint
CREATE INDEX `workstations_revoked` ON `workstations` (`revoked_at`);
--> statement-breakpoint
-- hand-written: audit_patients is append-only like audit_log (Tram re-creates these at every start).
CREATE TRIGGER `audit_patients_no_update` BEFORE UPDATE ON `audit_patients`
BEGIN SELECT RAISE(ABORT, 'audit_patients is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_patients_no_delete` BEFORE DELETE ON `audit_patients`
BEGIN SELECT RAISE(ABORT, 'audit_patients is append-only'); END;
