-- Issue 16 (a reader that generalises): a mention keeps the reader's flags, as a fact does
-- (comma-separated stable words, e.g. doubtful-person: the learnt person filter doubts that the
-- word is a person). Mentions stored before carry none, as they were read before.

ALTER TABLE ledger_mention ADD COLUMN flags TEXT NOT NULL DEFAULT '';
