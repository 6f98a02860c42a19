CREATE TABLE `owed_closures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`prescription_item_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`prescription_item_id`) REFERENCES `prescription_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "owed_closures_quantity" CHECK("owed_closures"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `owed_closures_item` ON `owed_closures` (`prescription_item_id`);--> statement-breakpoint
CREATE TABLE `stock_count_lines` (
	`count_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`expected` integer NOT NULL,
	`counted` integer,
	`counted_by` integer,
	`counted_at` text,
	`adjusted` integer,
	PRIMARY KEY(`count_id`, `batch_id`),
	FOREIGN KEY (`count_id`) REFERENCES `stock_counts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `stock_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_count_lines_quantities" CHECK("stock_count_lines"."expected" >= 0 AND ("stock_count_lines"."counted" IS NULL OR "stock_count_lines"."counted" >= 0))
);
--> statement-breakpoint
CREATE TABLE `stock_counts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`started_by` integer NOT NULL,
	`started_at` text NOT NULL,
	`reason` text,
	`closed_by` integer,
	`closed_at` text,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_counts_status" CHECK("stock_counts"."status" IN ('open', 'confirmed', 'cancelled')),
	CONSTRAINT "stock_counts_closed" CHECK(("stock_counts"."status" = 'open') = ("stock_counts"."closed_at" IS NULL)
        AND ("stock_counts"."status" <> 'confirmed' OR "stock_counts"."reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_counts_one_open` ON `stock_counts` (`status`) WHERE "stock_counts"."status" = 'open';--> statement-breakpoint
CREATE TABLE `stock_minimums` (
	`drug_id` integer PRIMARY KEY NOT NULL,
	`minimum` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`drug_id`) REFERENCES `drugs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_minimums_positive" CHECK("stock_minimums"."minimum" > 0)
);
--> statement-breakpoint
CREATE INDEX `stock_movements_report` ON `stock_movements` (`batch_id`,`at`,`kind`,`quantity`);--> statement-breakpoint
-- Hand-written: closing what a patient is owed is a record, like the stock ledger: append-only.
CREATE TRIGGER `owed_closures_no_update` BEFORE UPDATE ON `owed_closures`
BEGIN SELECT RAISE(ABORT, 'owed_closures is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `owed_closures_no_delete` BEFORE DELETE ON `owed_closures`
BEGIN SELECT RAISE(ABORT, 'owed_closures is append-only'); END;
