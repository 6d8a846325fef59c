-- A migration released after the template was made (CaseTemplateTest): Flyway applies it to a case
-- created from the template as to any other.
CREATE TABLE later_table (note TEXT NOT NULL);
INSERT INTO later_table (note) VALUES ('later');
