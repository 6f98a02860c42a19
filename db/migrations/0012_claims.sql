CREATE TABLE `gateway_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`visit_id` integer NOT NULL,
	`payload` text NOT NULL,
	`problems` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`sent_at` text,
	`receipt` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "gateway_outbox_kind" CHECK("gateway_outbox"."kind" IN ('checkIn', 'prescription')),
	CONSTRAINT "gateway_outbox_payload_json" CHECK(json_valid("gateway_outbox"."payload") AND json_type("gateway_outbox"."payload") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gateway_outbox_visit` ON `gateway_outbox` (`kind`,`visit_id`);--> statement-breakpoint
CREATE INDEX `gateway_outbox_pending` ON `gateway_outbox` (`kind`,`sent_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `drugs` ADD `tender_info` text;--> statement-breakpoint
ALTER TABLE `drugs` ADD `rx_type` text DEFAULT 'c' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `example` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `result_indices` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `patients` ADD `old_ward_code` text;--> statement-breakpoint
ALTER TABLE `patients` ADD `nationality_code` text;--> statement-breakpoint
ALTER TABLE `patients` ADD `occupation_code` text;--> statement-breakpoint
ALTER TABLE `service_orders` ADD `result_values` text;--> statement-breakpoint
-- hand-written: unit prices become integer thousandths of a dong (BHXH prices carry 3 decimals);
-- line amounts and totals stay whole dong. Starter services are marked as examples.
UPDATE `drugs` SET `price` = `price` * 1000, `insured_price` = `insured_price` * 1000;--> statement-breakpoint
UPDATE `services` SET `price` = `price` * 1000, `insured_price` = `insured_price` * 1000;--> statement-breakpoint
UPDATE `service_orders` SET `unit_price` = `unit_price` * 1000, `insured_price` = `insured_price` * 1000;--> statement-breakpoint
UPDATE `prescription_items` SET `unit_price` = `unit_price` * 1000, `insured_price` = `insured_price` * 1000;--> statement-breakpoint
UPDATE `invoice_lines` SET `unit_price` = `unit_price` * 1000, `insured_unit_price` = `insured_unit_price` * 1000;--> statement-breakpoint
UPDATE `services` SET `example` = 1 WHERE `bhxh_code` IS NULL AND `code` IN ('KB01', 'XN01', 'XN02', 'XN03', 'TT01', 'TT02', 'TT03', 'TT04', 'TT05', 'TT06', 'TT07', 'TT08', 'TT09');
