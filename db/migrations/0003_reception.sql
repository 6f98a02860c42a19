CREATE TABLE `patients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`full_name` text NOT NULL,
	`name_folded` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text,
	`birth_year` integer NOT NULL,
	`phone` text,
	`cccd` text,
	`bhyt_code` text,
	`bhyt_valid_from` text,
	`bhyt_valid_to` text,
	`bhyt_facility_code` text,
	`bhyt_five_year_date` text,
	`insurance_status` text DEFAULT 'none' NOT NULL,
	`address_text` text,
	`address_street` text,
	`ward_code` text,
	`province_code` text,
	`ethnicity_code` text,
	`occupation` text,
	`allergies_text` text,
	`allergy_ingredients` text DEFAULT '[]' NOT NULL,
	`guardian_name` text,
	`guardian_phone` text,
	`notes` text,
	`merged_into_id` integer,
	`last_visit_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`merged_into_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "patients_sex" CHECK("patients"."sex" IN ('male', 'female')),
	CONSTRAINT "patients_insurance_status" CHECK("patients"."insurance_status" IN ('none', 'verified', 'unverified')),
	CONSTRAINT "patients_birth_year" CHECK("patients"."birth_year" BETWEEN 1800 AND 2999),
	CONSTRAINT "patients_birth_date_year" CHECK("patients"."birth_date" IS NULL OR CAST(substr("patients"."birth_date", 1, 4) AS INTEGER) = "patients"."birth_year"),
	CONSTRAINT "patients_bhyt_complete" CHECK(("patients"."bhyt_code" IS NULL) = ("patients"."bhyt_valid_from" IS NULL) AND ("patients"."bhyt_code" IS NULL) = ("patients"."bhyt_valid_to" IS NULL)),
	CONSTRAINT "patients_allergy_ingredients_json" CHECK(json_valid("patients"."allergy_ingredients") AND json_type("patients"."allergy_ingredients") = 'array'),
	CONSTRAINT "patients_not_merged_into_self" CHECK("patients"."merged_into_id" IS NULL OR "patients"."merged_into_id" <> "patients"."id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patients_code_unique` ON `patients` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `patients_cccd_live` ON `patients` (`cccd`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `patients_bhyt_code_live` ON `patients` (`bhyt_code`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `patients_phone` ON `patients` (`phone`);--> statement-breakpoint
CREATE INDEX `patients_live_birth_year_name` ON `patients` (`birth_year`,`name_folded`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `patients_name_last_visit` ON `patients` (`name_folded`,`last_visit_at`);--> statement-breakpoint
CREATE INDEX `patients_last_visit` ON `patients` (`last_visit_at`,`name_folded`,`birth_year`);--> statement-breakpoint
CREATE INDEX `patients_merged_into` ON `patients` (`merged_into_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`visit_date` text NOT NULL,
	`queue_number` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text,
	`priority` text DEFAULT 'none' NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`cancel_reason` text,
	`bhyt_code` text,
	`bhyt_valid_from` text,
	`bhyt_valid_to` text,
	`bhyt_facility_code` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`status_changed_at` text NOT NULL,
	`exam_started_at` text,
	`done_at` text,
	`cancelled_at` text,
	`cancelled_by` integer,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "visits_kind" CHECK("visits"."kind" IN ('bhyt', 'fee')),
	CONSTRAINT "visits_priority" CHECK("visits"."priority" IN ('none', 'child', 'elderly', 'disability', 'pregnancy', 'emergency')),
	CONSTRAINT "visits_status" CHECK("visits"."status" IN ('waiting', 'in_exam', 'awaiting_pharmacy', 'awaiting_payment', 'done', 'cancelled')),
	CONSTRAINT "visits_queue_number" CHECK("visits"."queue_number" > 0),
	CONSTRAINT "visits_bhyt_card" CHECK("visits"."kind" <> 'bhyt' OR "visits"."bhyt_code" IS NOT NULL),
	CONSTRAINT "visits_cancel_reason" CHECK("visits"."status" <> 'cancelled' OR ("visits"."cancel_reason" IS NOT NULL AND "visits"."cancelled_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_date_queue_number` ON `visits` (`visit_date`,`queue_number`);--> statement-breakpoint
CREATE INDEX `visits_patient` ON `visits` (`patient_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `visits_date_status` ON `visits` (`visit_date`,`status`);--> statement-breakpoint
-- Hand-written: FTS5 search index over live patients' folded names (unicode61 alone does not
-- fold đ). Contentless (the names live in patients) with contentless_delete so triggers can
-- drop a row by id; detail=none is all word-prefix AND queries need. Prefix indexes up to 7
-- letters (the longest Vietnamese syllable, "nghieng") let a prefix query read one doclist
-- lazily instead of merging every word's. The FTS rowid is minus the patient id: FTS5 reads
-- fastest in ascending rowid order, and ascending here means newest registrations first.
-- Triggers keep it in step with every write (create, rename, merge).
CREATE VIRTUAL TABLE `patients_fts` USING fts5(
	name,
	content='', contentless_delete=1, detail=none,
	prefix='1 2 3 4 5 6 7', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `patients_fts_insert` AFTER INSERT ON `patients`
WHEN new.merged_into_id IS NULL
BEGIN
	INSERT INTO patients_fts (rowid, name) VALUES (-new.id, new.name_folded);
END;
--> statement-breakpoint
CREATE TRIGGER `patients_fts_update` AFTER UPDATE OF name_folded, merged_into_id ON `patients`
BEGIN
	DELETE FROM patients_fts WHERE rowid = -old.id;
	INSERT INTO patients_fts (rowid, name)
	SELECT -new.id, new.name_folded WHERE new.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `patients_fts_delete` AFTER DELETE ON `patients`
BEGIN
	DELETE FROM patients_fts WHERE rowid = -old.id;
END;
