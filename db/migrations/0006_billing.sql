CREATE TABLE `invoice_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`insured_unit_price` integer NOT NULL,
	`coverage_ratio` integer NOT NULL,
	`scope` integer NOT NULL,
	`covered` integer NOT NULL,
	`benefit_percent` integer NOT NULL,
	`insured_amount` integer NOT NULL,
	`total` integer NOT NULL,
	`insurance_pays` integer NOT NULL,
	`co_pay` integer NOT NULL,
	`patient_pays` integer NOT NULL,
	`other_sources` integer NOT NULL,
	`notes` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoice_lines_parts" CHECK("invoice_lines"."insurance_pays" + "invoice_lines"."co_pay" + "invoice_lines"."patient_pays" + "invoice_lines"."other_sources" = "invoice_lines"."total"),
	CONSTRAINT "invoice_lines_kind" CHECK("invoice_lines"."kind" IN ('service', 'drug')),
	CONSTRAINT "invoice_lines_quantity" CHECK("invoice_lines"."quantity" > 0),
	CONSTRAINT "invoice_lines_scope" CHECK("invoice_lines"."scope" IN (1, 2, 3))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoice_lines_position` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoice_lines_ref` ON `invoice_lines` (`invoice_id`,`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`patient_id` integer NOT NULL,
	`total` integer NOT NULL,
	`insurance_pays` integer NOT NULL,
	`co_pay` integer NOT NULL,
	`patient_pays` integer NOT NULL,
	`other_sources` integer NOT NULL,
	`patient_due` integer NOT NULL,
	`coverage_status` text NOT NULL,
	`benefit_level` integer,
	`benefit_percent` integer NOT NULL,
	`low_cost_applied` integer NOT NULL,
	`low_cost_threshold` integer NOT NULL,
	`reasons` text NOT NULL,
	`computed_at` text NOT NULL,
	`settled_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoices_parts" CHECK("invoices"."insurance_pays" + "invoices"."co_pay" + "invoices"."patient_pays" + "invoices"."other_sources" = "invoices"."total"),
	CONSTRAINT "invoices_due" CHECK("invoices"."patient_due" = "invoices"."co_pay" + "invoices"."patient_pays"),
	CONSTRAINT "invoices_nonnegative" CHECK("invoices"."insurance_pays" >= 0 AND "invoices"."co_pay" >= 0 AND "invoices"."patient_pays" >= 0 AND "invoices"."other_sources" >= 0),
	CONSTRAINT "invoices_coverage_status" CHECK("invoices"."coverage_status" IN ('covered', 'fee', 'noCard', 'cardInvalid', 'cardNotYetValid', 'cardExpired'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_visitId_unique` ON `invoices` (`visit_id`);--> statement-breakpoint
CREATE INDEX `invoices_settled` ON `invoices` (`settled_at`);--> statement-breakpoint
CREATE TABLE `payments` (
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
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cashier_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_kind" CHECK("payments"."kind" IN ('payment', 'void')),
	CONSTRAINT "payments_method" CHECK("payments"."method" IN ('cash', 'transfer')),
	CONSTRAINT "payments_shape" CHECK(("payments"."kind" = 'payment' AND "payments"."amount" > 0 AND "payments"."receipt_book" IS NOT NULL
          AND "payments"."receipt_number" > 0 AND "payments"."reverses_id" IS NULL)
        OR ("payments"."kind" = 'void' AND "payments"."amount" < 0 AND "payments"."reverses_id" IS NOT NULL
          AND "payments"."reason" IS NOT NULL AND "payments"."receipt_number" IS NULL)),
	CONSTRAINT "payments_change" CHECK(("payments"."tendered" IS NULL AND "payments"."change" IS NULL)
        OR ("payments"."method" = 'cash' AND "payments"."tendered" >= "payments"."amount" AND "payments"."change" = "payments"."tendered" - "payments"."amount"))
);
--> statement-breakpoint
CREATE INDEX `payments_invoice` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `payments_shift` ON `payments` (`shift_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_receipt` ON `payments` (`receipt_book`,`receipt_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_reverses` ON `payments` (`reverses_id`);--> statement-breakpoint
CREATE TABLE `shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`opened_at` text NOT NULL,
	`opened_by` integer NOT NULL,
	`closed_at` text,
	`closed_by` integer,
	`counted_cash` integer,
	`note` text,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shifts_closed" CHECK(("shifts"."closed_at" IS NULL) = ("shifts"."closed_by" IS NULL)),
	CONSTRAINT "shifts_counted" CHECK("shifts"."counted_cash" IS NULL OR "shifts"."counted_cash" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shifts_open_scope` ON `shifts` (`scope`) WHERE closed_at IS NULL;--> statement-breakpoint
CREATE INDEX `shifts_opened` ON `shifts` (`opened_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `cashier_supervisor` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `practitioner_code` text;--> statement-breakpoint
-- Hand-written: the payments ledger is append-only; a closed shift stays closed and takes no payments; a void reverses exactly one payment of the same invoice.
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
  WHERE `p`.`id` = NEW.`reverses_id` AND `p`.`kind` = 'payment'
    AND `p`.`invoice_id` = NEW.`invoice_id` AND `p`.`amount` = -NEW.`amount`
)
BEGIN SELECT RAISE(ABORT, 'a void reverses one payment of the same invoice, in full'); END;
--> statement-breakpoint
CREATE TRIGGER `shifts_closed_final` BEFORE UPDATE ON `shifts`
WHEN OLD.`closed_at` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER `shifts_no_delete` BEFORE DELETE ON `shifts`
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;
