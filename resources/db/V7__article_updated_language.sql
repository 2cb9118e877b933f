-- What the article's source says about when it was last updated and in which language it is (issue 14). Both may be
-- null: older rows, and articles whose source does not say.
ALTER TABLE article ADD COLUMN updated TEXT;
ALTER TABLE article ADD COLUMN language TEXT;
