-- Issue 17 (re-posters' edits): whether a picture's content box is the picture inside an app's
-- screenshot or a meme's caption bands. Such a picture joins others only through that picture: the
-- frame around it is the same for every screenshot of one app. Pictures stored before are not
-- framed (0), as they were judged before.

ALTER TABLE picture_profile ADD COLUMN framed INTEGER NOT NULL DEFAULT 0;
