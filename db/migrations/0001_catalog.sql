CREATE TABLE `drugs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`natural_key` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`ingredients` text NOT NULL,
	`ingredient_text` text NOT NULL,
	`ingredient_folded` text NOT NULL,
	`multi_ingredient` integer NOT NULL,
	`strength` text DEFAULT '' NOT NULL,
	`dosage_form` text,
	`unit` text NOT NULL,
	`route` text,
	`route_code` text,
	`registration_no` text,
	`price` integer NOT NULL,
	`insured_price` integer,
	`insurance_ratio` integer DEFAULT 100 NOT NULL,
	`scope` integer DEFAULT 1 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "drugs_ingredients_json" CHECK(json_valid("drugs"."ingredients") AND json_type("drugs"."ingredients") = 'array'),
	CONSTRAINT "drugs_price" CHECK("drugs"."price" >= 0 AND ("drugs"."insured_price" IS NULL OR "drugs"."insured_price" >= 0)),
	CONSTRAINT "drugs_ratio" CHECK("drugs"."insurance_ratio" BETWEEN 0 AND 100),
	CONSTRAINT "drugs_scope" CHECK("drugs"."scope" IN (1, 2, 3))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drugs_naturalKey_unique` ON `drugs` (`natural_key`);--> statement-breakpoint
CREATE INDEX `drugs_code` ON `drugs` (`code`);--> statement-breakpoint
CREATE TABLE `icd10` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`chapter` text,
	`group_code` text,
	`search_text` text NOT NULL,
	`is_category` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "icd10_code" CHECK("icd10"."code" GLOB '[A-Z][0-9][0-9]' OR "icd10"."code" GLOB '[A-Z][0-9][0-9].[0-9]' OR "icd10"."code" GLOB '[A-Z][0-9][0-9].[0-9][0-9]'),
	CONSTRAINT "icd10_source" CHECK("icd10"."source" IN ('starter', 'import'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `icd10_code_unique` ON `icd10` (`code`);--> statement-breakpoint
CREATE TABLE `icd10_favourites` (
	`user_id` integer NOT NULL,
	`code` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `code`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`code`) REFERENCES `icd10`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`unit` text,
	`category` text DEFAULT 'other' NOT NULL,
	`bhxh_code` text,
	`price` integer NOT NULL,
	`insured_price` integer,
	`insurance_ratio` integer DEFAULT 100 NOT NULL,
	`scope` integer DEFAULT 1 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "services_price" CHECK("services"."price" >= 0 AND ("services"."insured_price" IS NULL OR "services"."insured_price" >= 0)),
	CONSTRAINT "services_ratio" CHECK("services"."insurance_ratio" BETWEEN 0 AND 100),
	CONSTRAINT "services_scope" CHECK("services"."scope" IN (1, 2, 3)),
	CONSTRAINT "services_category" CHECK("services"."category" IN ('exam', 'lab', 'imaging', 'procedure', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_code_unique` ON `services` (`code`);--> statement-breakpoint
-- Hand-written: FTS5 indexes over the folded names (drizzle cannot declare virtual tables), kept in step by triggers.
CREATE VIRTUAL TABLE `icd10_fts` USING fts5(`code`, `search_text`, content='icd10', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `icd10_fts_insert` AFTER INSERT ON `icd10` BEGIN
  INSERT INTO `icd10_fts` (rowid, `code`, `search_text`) VALUES (new.`id`, new.`code`, new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `icd10_fts_delete` AFTER DELETE ON `icd10` BEGIN
  INSERT INTO `icd10_fts` (`icd10_fts`, rowid, `code`, `search_text`) VALUES ('delete', old.`id`, old.`code`, old.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `icd10_fts_update` AFTER UPDATE OF `code`, `search_text` ON `icd10` BEGIN
  INSERT INTO `icd10_fts` (`icd10_fts`, rowid, `code`, `search_text`) VALUES ('delete', old.`id`, old.`code`, old.`search_text`);
  INSERT INTO `icd10_fts` (rowid, `code`, `search_text`) VALUES (new.`id`, new.`code`, new.`search_text`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `drugs_fts` USING fts5(`ingredient_folded`, `name_folded`, content='drugs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `drugs_fts_insert` AFTER INSERT ON `drugs` BEGIN
  INSERT INTO `drugs_fts` (rowid, `ingredient_folded`, `name_folded`) VALUES (new.`id`, new.`ingredient_folded`, new.`name_folded`);
END;
--> statement-breakpoint
CREATE TRIGGER `drugs_fts_delete` AFTER DELETE ON `drugs` BEGIN
  INSERT INTO `drugs_fts` (`drugs_fts`, rowid, `ingredient_folded`, `name_folded`) VALUES ('delete', old.`id`, old.`ingredient_folded`, old.`name_folded`);
END;
--> statement-breakpoint
CREATE TRIGGER `drugs_fts_update` AFTER UPDATE OF `ingredient_folded`, `name_folded` ON `drugs` BEGIN
  INSERT INTO `drugs_fts` (`drugs_fts`, rowid, `ingredient_folded`, `name_folded`) VALUES ('delete', old.`id`, old.`ingredient_folded`, old.`name_folded`);
  INSERT INTO `drugs_fts` (rowid, `ingredient_folded`, `name_folded`) VALUES (new.`id`, new.`ingredient_folded`, new.`name_folded`);
END;
