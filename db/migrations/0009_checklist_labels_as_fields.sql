-- The checklist items backed by a field of the request now read as that field's label in the
-- form (one vocabulary). Only labels nobody has edited since they were shipped are changed.
UPDATE "checklist_rules" SET "label_fr" = 'Infractions, textes applicables et peines encourues', "label_en" = 'Offences, applicable provisions and penalties'
  WHERE "key" = 'offences_and_penalties' AND "label_fr" = 'Infractions, texte des dispositions et peines' AND "label_en" = 'Offences, text of the provisions and penalties';--> statement-breakpoint
UPDATE "checklist_rules" SET "label_fr" = 'Précisions sur la base juridique', "label_en" = 'Legal basis details'
  WHERE "key" = 'legal_basis_statement' AND "label_fr" = 'Énoncé de la base juridique' AND "label_en" = 'Legal basis statement';
