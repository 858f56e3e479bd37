ALTER TABLE "certificates" ADD COLUMN "reissue_of_id" uuid;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "reissue_reason" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_reissue_of_id_certificates_id_fk" FOREIGN KEY ("reissue_of_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;