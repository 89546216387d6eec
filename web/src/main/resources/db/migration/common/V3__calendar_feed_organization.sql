-- A calendar feed belongs to the organization it was made in, as an API token does: it shows that
-- organization's deadlines only while its user still belongs to it, so a feed made before a user moved
-- to another organization shows neither organization's deadlines. Feeds made before this column are
-- given their user's organization of now.
ALTER TABLE calendar_feed ADD COLUMN organization_id VARCHAR(36) REFERENCES organization (id);
UPDATE calendar_feed SET organization_id = (SELECT organization_id FROM app_user WHERE app_user.id = calendar_feed.user_id);
