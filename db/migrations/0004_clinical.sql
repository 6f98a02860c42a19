CREATE TABLE `prescription_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`prescription_id` integer NOT NULL,
	`position` integer NOT NULL,
	`drug_id` integer NOT NULL,
	`dose_morning` text,
	`dose_noon` text,
	`dose_afternoon` text,
	`dose_evening` text,
	`days` integer NOT NULL,
	`quantity` integer NOT NULL,
	`unit` text NOT NULL,
	`route` text,
	`note` text,
	`usage` text NOT NULL,
	`unit_price` integer NOT NULL,
	`insured_price` integer,
	`insurance_ratio` integer NOT NULL,
	`scope` integer NOT NULL,
	FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`drug_id`) REFERENCES `drugs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "prescription_items_quantity" CHECK("prescription_items"."quantity" > 0 AND "prescription_items"."days" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prescription_items_position` ON `prescription_items` (`prescription_id`,`position`);--> statement-breakpoint
CREATE INDEX `prescription_items_drug` ON `prescription_items` (`drug_id`);--> statement-breakpoint
CREATE TABLE `prescriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`code` text NOT NULL,
	`type` text DEFAULT 'c' NOT NULL,
	`prescribed_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`prescribed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "prescriptions_type" CHECK("prescriptions"."type" IN ('c', 'n', 'h', 'y'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prescriptions_visitId_unique` ON `prescriptions` (`visit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `prescriptions_code_unique` ON `prescriptions` (`code`);--> statement-breakpoint
CREATE TABLE `service_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`unit_price` integer NOT NULL,
	`insured_price` integer,
	`insurance_ratio` integer NOT NULL,
	`scope` integer NOT NULL,
	`result` text,
	`ordered_by` integer NOT NULL,
	`ordered_at` text NOT NULL,
	`result_by` integer,
	`result_at` text,
	`cancelled_at` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ordered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`result_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "service_orders_quantity" CHECK("service_orders"."quantity" > 0),
	CONSTRAINT "service_orders_prices" CHECK("service_orders"."unit_price" >= 0 AND ("service_orders"."insured_price" IS NULL OR "service_orders"."insured_price" >= 0))
);
--> statement-breakpoint
CREATE INDEX `service_orders_visit` ON `service_orders` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visit_diagnoses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`position` integer NOT NULL,
	`icd_code` text NOT NULL,
	`text` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`icd_code`) REFERENCES `icd10`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "visit_diagnoses_position_range" CHECK("visit_diagnoses"."position" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visit_diagnoses_position` ON `visit_diagnoses` (`visit_id`,`position`);--> statement-breakpoint
CREATE TABLE `visit_exams` (
	`visit_id` integer PRIMARY KEY NOT NULL,
	`doctor_id` integer NOT NULL,
	`history` text,
	`complaint` text,
	`examination` text,
	`conclusion` text,
	`advice` text,
	`reexam_date` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`doctor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `visit_vitals` (
	`visit_id` integer PRIMARY KEY NOT NULL,
	`pulse` integer,
	`systolic` integer,
	`diastolic` integer,
	`temperature_c` real,
	`respiratory_rate` integer,
	`spo2` integer,
	`weight_kg` real,
	`height_cm` real,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "visit_vitals_pressure" CHECK("visit_vitals"."systolic" IS NULL OR "visit_vitals"."diastolic" IS NULL OR "visit_vitals"."systolic" > "visit_vitals"."diastolic")
);
--> statement-breakpoint
CREATE TABLE `goods_receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supplier` text,
	`invoice_no` text,
	`invoice_date` text,
	`received_by` integer NOT NULL,
	`received_at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`received_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stock_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`drug_id` integer NOT NULL,
	`lot` text NOT NULL,
	`expiry` text NOT NULL,
	`unit_cost` integer NOT NULL,
	`on_hand` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`drug_id`) REFERENCES `drugs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_batches_on_hand" CHECK("stock_batches"."on_hand" >= 0),
	CONSTRAINT "stock_batches_unit_cost" CHECK("stock_batches"."unit_cost" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_batches_lot` ON `stock_batches` (`drug_id`,`lot`,`expiry`);--> statement-breakpoint
CREATE INDEX `stock_batches_fefo` ON `stock_batches` (`drug_id`,`expiry`,`id`);--> statement-breakpoint
CREATE TABLE `stock_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`quantity` integer NOT NULL,
	`reason` text,
	`goods_receipt_id` integer,
	`prescription_item_id` integer,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `stock_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goods_receipt_id`) REFERENCES `goods_receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`prescription_item_id`) REFERENCES `prescription_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_movements_kind" CHECK("stock_movements"."kind" IN ('receipt', 'dispense', 'return', 'adjustment', 'expiry', 'transfer')),
	CONSTRAINT "stock_movements_nonzero" CHECK("stock_movements"."quantity" <> 0),
	CONSTRAINT "stock_movements_direction" CHECK(("stock_movements"."kind" IN ('receipt', 'return') AND "stock_movements"."quantity" > 0)
        OR ("stock_movements"."kind" IN ('dispense', 'expiry') AND "stock_movements"."quantity" < 0)
        OR "stock_movements"."kind" IN ('adjustment', 'transfer')),
	CONSTRAINT "stock_movements_refs" CHECK(("stock_movements"."kind" <> 'receipt' OR "stock_movements"."goods_receipt_id" IS NOT NULL)
        AND ("stock_movements"."kind" NOT IN ('dispense', 'return') OR "stock_movements"."prescription_item_id" IS NOT NULL)
        AND ("stock_movements"."kind" NOT IN ('adjustment', 'expiry') OR "stock_movements"."reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `stock_movements_batch` ON `stock_movements` (`batch_id`,`id`);--> statement-breakpoint
CREATE INDEX `stock_movements_item` ON `stock_movements` (`prescription_item_id`);--> statement-breakpoint
CREATE INDEX `stock_movements_at` ON `stock_movements` (`at`);--> statement-breakpoint
-- Hand-written: the stock ledger is append-only, like the audit log.
CREATE TRIGGER `stock_movements_no_update` BEFORE UPDATE ON `stock_movements`
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_movements_no_delete` BEFORE DELETE ON `stock_movements`
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
