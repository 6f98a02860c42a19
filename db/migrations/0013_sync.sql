CREATE TABLE `station_credentials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_code` text NOT NULL,
	`hash` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` integer,
	`revoked_at` text,
	`last_used_at` text,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `station_credentials_hash_unique` ON `station_credentials` (`hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `station_credentials_current` ON `station_credentials` (`station_code`) WHERE "station_credentials"."revoked_at" IS NULL;--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`dataset` text NOT NULL,
	`period` text NOT NULL,
	`revision` integer NOT NULL,
	`payload_type` text NOT NULL,
	`payload` blob NOT NULL,
	`bundle_export_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_attempt_at` text,
	`last_error` text,
	`answer` text,
	`sent_at` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`target_id`) REFERENCES `sync_targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bundle_export_id`) REFERENCES `bundle_exports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sync_outbox_status" CHECK("sync_outbox"."status" IN ('pending', 'sent', 'failed')),
	CONSTRAINT "sync_outbox_payload_type" CHECK("sync_outbox"."payload_type" IN ('bundle', 'dataValueSet')),
	CONSTRAINT "sync_outbox_sent" CHECK(("sync_outbox"."status" = 'sent') = ("sync_outbox"."sent_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_outbox_idempotencyKey_unique` ON `sync_outbox` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `sync_outbox_due` ON `sync_outbox` (`status`,`target_id`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `sync_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`base_url` text NOT NULL,
	`fingerprint` text,
	`ca_certificate` text,
	`sealed_credential` text,
	`username` text,
	`sealed_password` text,
	`sealed_token` text,
	`mapping` text DEFAULT '{}' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`last_success_at` text,
	`last_error_at` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "sync_targets_kind" CHECK("sync_targets"."kind" IN ('tram', 'dhis2')),
	CONSTRAINT "sync_targets_mapping_json" CHECK(json_valid("sync_targets"."mapping"))
);
