CREATE TABLE `request_log` (
	`request_id` text PRIMARY KEY NOT NULL,
	`procedure` text NOT NULL,
	`user_id` integer NOT NULL,
	`input_hash` text NOT NULL,
	`result` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_log_at` ON `request_log` (`at`);--> statement-breakpoint
CREATE TABLE `claim_export_visits` (
	`export_id` integer NOT NULL,
	`visit_id` integer NOT NULL,
	`link` text NOT NULL,
	`resent` integer NOT NULL,
	`total` integer NOT NULL,
	`insurance_pays` integer NOT NULL,
	PRIMARY KEY(`export_id`, `visit_id`),
	FOREIGN KEY (`export_id`) REFERENCES `claim_exports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_export_visits_visit` ON `claim_export_visits` (`visit_id`,`export_id`);--> statement-breakpoint
CREATE TABLE `claim_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`count` integer NOT NULL,
	`file_sha256` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_exports_at` ON `claim_exports` (`at`);--> statement-breakpoint
CREATE TABLE `claim_month_reopens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`lifted_export_id` integer NOT NULL,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`lifted_export_id`) REFERENCES `claim_exports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_month_reopens_month" CHECK("claim_month_reopens"."month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE INDEX `claim_month_reopens_month` ON `claim_month_reopens` (`month`,`at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`shift_id` integer NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`amount` integer NOT NULL,
	`tendered` integer,
	`change` integer,
	`receipt_book` text,
	`receipt_number` integer,
	`reference` text,
	`reverses_id` integer,
	`reason` text,
	`cashier_id` integer NOT NULL,
	`at` text NOT NULL,
	`billed` text,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cashier_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_kind" CHECK("__new_payments"."kind" IN ('payment', 'refund', 'void')),
	CONSTRAINT "payments_method" CHECK("__new_payments"."method" IN ('cash', 'transfer')),
	CONSTRAINT "payments_shape" CHECK(("__new_payments"."kind" = 'payment' AND "__new_payments"."amount" > 0 AND "__new_payments"."receipt_book" IS NOT NULL
          AND "__new_payments"."receipt_number" > 0 AND "__new_payments"."reverses_id" IS NULL)
        OR ("__new_payments"."kind" = 'refund' AND "__new_payments"."amount" < 0 AND "__new_payments"."method" = 'cash'
          AND "__new_payments"."receipt_book" IS NOT NULL AND "__new_payments"."receipt_number" > 0
          AND "__new_payments"."reverses_id" IS NULL AND "__new_payments"."reason" IS NOT NULL)
        OR ("__new_payments"."kind" = 'void' AND "__new_payments"."amount" <> 0 AND "__new_payments"."reverses_id" IS NOT NULL
          AND "__new_payments"."reason" IS NOT NULL AND "__new_payments"."receipt_number" IS NULL)),
	CONSTRAINT "payments_change" CHECK(("__new_payments"."tendered" IS NULL AND "__new_payments"."change" IS NULL)
        OR ("__new_payments"."method" = 'cash' AND "__new_payments"."tendered" >= "__new_payments"."amount" AND "__new_payments"."change" = "__new_payments"."tendered" - "__new_payments"."amount"))
);
--> statement-breakpoint
INSERT INTO `__new_payments`("id", "invoice_id", "shift_id", "kind", "method", "amount", "tendered", "change", "receipt_book", "receipt_number", "reference", "reverses_id", "reason", "cashier_id", "at", "billed") SELECT "id", "invoice_id", "shift_id", "kind", "method", "amount", "tendered", "change", "receipt_book", "receipt_number", "reference", "reverses_id", "reason", "cashier_id", "at", "billed" FROM `payments`;--> statement-breakpoint
DROP TABLE `payments`;--> statement-breakpoint
ALTER TABLE `__new_payments` RENAME TO `payments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `payments_invoice` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `payments_shift` ON `payments` (`shift_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_receipt` ON `payments` (`kind`,`receipt_book`,`receipt_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_reverses` ON `payments` (`reverses_id`);--> statement-breakpoint
-- hand-written: rebuilding payments (refund kind) dropped its triggers: the ledger stays append-only, a closed shift takes nothing, a void reverses one payment or refund of the same invoice in full; the request log and the claim export records are append-only too.
CREATE TRIGGER `payments_no_update` BEFORE UPDATE ON `payments`
BEGIN SELECT RAISE(ABORT, 'payments is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_delete` BEFORE DELETE ON `payments`
BEGIN SELECT RAISE(ABORT, 'payments is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_open_shift` BEFORE INSERT ON `payments`
WHEN (SELECT `closed_at` FROM `shifts` WHERE `id` = NEW.`shift_id`) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_void_reverses` BEFORE INSERT ON `payments`
WHEN NEW.`kind` = 'void' AND NOT EXISTS (
  SELECT 1 FROM `payments` AS `p`
  WHERE `p`.`id` = NEW.`reverses_id` AND `p`.`kind` IN ('payment', 'refund')
    AND `p`.`invoice_id` = NEW.`invoice_id` AND `p`.`amount` = -NEW.`amount`
)
BEGIN SELECT RAISE(ABORT, 'a void reverses one payment or refund of the same invoice, in full'); END;
--> statement-breakpoint
CREATE TRIGGER `request_log_no_update` BEFORE UPDATE ON `request_log`
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `request_log_no_delete` BEFORE DELETE ON `request_log`
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_exports_no_update` BEFORE UPDATE ON `claim_exports`
BEGIN SELECT RAISE(ABORT, 'claim_exports is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_exports_no_delete` BEFORE DELETE ON `claim_exports`
BEGIN SELECT RAISE(ABORT, 'claim_exports is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_export_visits_no_update` BEFORE UPDATE ON `claim_export_visits`
BEGIN SELECT RAISE(ABORT, 'claim_export_visits is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_export_visits_no_delete` BEFORE DELETE ON `claim_export_visits`
BEGIN SELECT RAISE(ABORT, 'claim_export_visits is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_month_reopens_no_update` BEFORE UPDATE ON `claim_month_reopens`
BEGIN SELECT RAISE(ABORT, 'claim_month_reopens is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `claim_month_reopens_no_delete` BEFORE DELETE ON `claim_month_reopens`
BEGIN SELECT RAISE(ABORT, 'claim_month_reopens is append-only'); END;
