-- Packed copy signals (issue 17): one checksummed record per image or video holding all its views
-- (every orientation, the fixed crops, the crop grid; every hashed frame of a video) instead of a
-- row per view (about 150 an image). The format is CopySignalPack's; `format` is its version, so a
-- reader can tell a record it cannot read from a damaged one. V51 (Java: PackCopySignals) moves
-- the rows of copy_signal into it and drops that table.

CREATE TABLE copy_signal_pack (
  item_id BIGINT PRIMARY KEY REFERENCES item (id),
  format  INTEGER NOT NULL,                      -- CopySignalPack.VERSION that wrote it
  views   INTEGER NOT NULL,                      -- number of views in the record
  pack    ${bytes} NOT NULL
);
