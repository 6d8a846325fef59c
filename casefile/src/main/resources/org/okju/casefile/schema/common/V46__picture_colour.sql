-- Copy-grouping precision (issue 20): a picture's colour beside its luma thumbnail. Icons that
-- differ in colour only (a blue and a green folder) have one luma; the pixel comparison of drawn
-- pictures now compares their colour too. Pictures stored before have none (NULL) and are compared
-- by luma alone, as before.

ALTER TABLE picture_profile ADD COLUMN thumbnail_chroma ${bytes};  -- 16x16 Cb then 16x16 Cr
