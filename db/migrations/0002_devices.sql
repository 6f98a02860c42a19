CREATE TABLE `print_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`printer_id` integer,
	`printer_name` text NOT NULL,
	`document_kind` text NOT NULL,
	`document_id` integer,
	`document` text NOT NULL,
	`status` text NOT NULL,
	`error_key` text,
	`error_params` text,
	`bytes` integer NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`last_attempt_at` text NOT NULL,
	`last_attempt_by` integer,
	FOREIGN KEY (`printer_id`) REFERENCES `printers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_attempt_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "print_jobs_kind" CHECK("print_jobs"."document_kind" IN ('receipt', 'queueTicket', 'label', 'testPage')),
	CONSTRAINT "print_jobs_status" CHECK("print_jobs"."status" IN ('sent', 'failed')),
	CONSTRAINT "print_jobs_document" CHECK(json_valid("print_jobs"."document")),
	CONSTRAINT "print_jobs_counts" CHECK("print_jobs"."bytes" >= 0 AND "print_jobs"."attempts" >= 1)
);
--> statement-breakpoint
CREATE INDEX `print_jobs_status` ON `print_jobs` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `print_jobs_document` ON `print_jobs` (`document_kind`,`document_id`);--> statement-breakpoint
CREATE TABLE `printer_roles` (
	`role` text PRIMARY KEY NOT NULL,
	`printer_id` integer NOT NULL,
	FOREIGN KEY (`printer_id`) REFERENCES `printers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "printer_roles_role" CHECK("printer_roles"."role" IN ('receipt', 'queueTicket', 'label'))
);
--> statement-breakpoint
CREATE INDEX `printer_roles_printer` ON `printer_roles` (`printer_id`);--> statement-breakpoint
CREATE TABLE `printers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`width_dots` integer NOT NULL,
	`transport` text NOT NULL,
	`cut` integer DEFAULT true NOT NULL,
	`feed_lines` integer DEFAULT 3 NOT NULL,
	`text_mode` text NOT NULL,
	`timeout_seconds` integer DEFAULT 10 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "printers_width" CHECK("printers"."width_dots" IN (384, 512, 576)),
	CONSTRAINT "printers_transport" CHECK(json_valid("printers"."transport") AND json_extract("printers"."transport", '$.kind') IN ('tcp', 'spooler', 'device', 'serial', 'osDriver')),
	CONSTRAINT "printers_text_mode" CHECK(json_valid("printers"."text_mode")),
	CONSTRAINT "printers_feed" CHECK("printers"."feed_lines" BETWEEN 0 AND 20),
	CONSTRAINT "printers_timeout" CHECK("printers"."timeout_seconds" BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `printers_name_unique` ON `printers` (`name`);