ALTER TABLE `users` ADD `password_changed_at` text;--> statement-breakpoint
ALTER TABLE `icd10` ADD `main_allowed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `icd10` ADD `sex_only` text;--> statement-breakpoint
ALTER TABLE `icd10` ADD `age_lists` text;--> statement-breakpoint
ALTER TABLE `icd10` ADD `common` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- hand-written: people who already chose their own password are not greeted as new accounts.
-- Waiting for a change after signing in before means an admin reset it (a new account that
-- signed in once without changing it is taken for a reset too: nothing tells them apart).
UPDATE `users` SET `password_changed_at` = `updated_at` WHERE `must_change_password` = 0;--> statement-breakpoint
UPDATE `users` SET `password_changed_at` = `last_login_at` WHERE `must_change_password` = 1 AND `last_login_at` IS NOT NULL;
