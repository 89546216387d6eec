-- The lists read a page at a time in the order of their ids: an organization's applicants and an
-- applicant's assessments. With the id in the index, a page is a range of it that stops after the page;
-- on the organization (or the applicant) alone, every row of theirs was read and sorted for each page.
-- The new indexes serve whatever the old ones did, as their first column.
CREATE INDEX applicant_organization_id ON applicant (organization_id, id);
DROP INDEX applicant_organization;
CREATE INDEX assessment_applicant_id ON assessment (applicant_id, id);
DROP INDEX assessment_applicant;
