ALTER TABLE "guidance_sections" ALTER COLUMN "url" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "guidance_sections" ALTER COLUMN "as_of" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "guidance_sections" ADD COLUMN "kind" text DEFAULT 'paragraph' NOT NULL;--> statement-breakpoint
ALTER TABLE "guidance_sections" ADD COLUMN "lead_id" text;