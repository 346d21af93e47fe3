CREATE TYPE "public"."authority_kind" AS ENUM('central_authority', 'judicial', 'police', 'financial_intelligence', 'other');--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_id_unique" UNIQUE("id");--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "eu_member" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "budapest_party_since" date;--> statement-breakpoint
-- Countries recorded before the directory: the EU's 27 member states are members, and the
-- Budapest Convention dates of docs/legal.md ("Legal bases by country") are filled in.
UPDATE "countries" SET "eu_member" = true WHERE "code" IN ('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');--> statement-breakpoint
UPDATE "countries" SET "budapest_party_since" = '2006-05-01' WHERE "code" = 'FR';--> statement-breakpoint
UPDATE "countries" SET "budapest_party_since" = '2018-07-01' WHERE "code" = 'PH';--> statement-breakpoint
CREATE TABLE "authorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"name" text NOT NULL,
	"kind" "authority_kind" NOT NULL,
	"measure_types" "measure_type"[] DEFAULT '{}' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"office_hours" text DEFAULT '' NOT NULL,
	"seed_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authorities_seed_key_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "country_legal_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"partner_code" char(2) NOT NULL,
	"basis" "legal_basis" NOT NULL,
	"instrument" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_legal_bases_two_countries" CHECK ("country_legal_bases"."country_code" <> "country_legal_bases"."partner_code"),
	CONSTRAINT "country_legal_bases_recorded" CHECK ("country_legal_bases"."basis" in ('bilateral_convention', 'multilateral_convention', 'reciprocity'))
);
--> statement-breakpoint
ALTER TABLE "authorities" ADD CONSTRAINT "authorities_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_legal_bases" ADD CONSTRAINT "country_legal_bases_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_legal_bases" ADD CONSTRAINT "country_legal_bases_partner_code_countries_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "authorities_country_name_idx" ON "authorities" USING btree ("country_code",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "country_legal_bases_pair_idx" ON "country_legal_bases" USING btree ("country_code","partner_code","basis","instrument");--> statement-breakpoint
CREATE INDEX "country_legal_bases_partner_idx" ON "country_legal_bases" USING btree ("partner_code");
