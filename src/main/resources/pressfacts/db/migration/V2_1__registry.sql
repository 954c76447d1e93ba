-- The registry of persons and organizations across releases (`registry build`/`update --db`).
-- Ids are the registry's own (p17, o5); doc_id and entity_id point at the records' entities but
-- carry no foreign key: a registry may be loaded into a database without its records. The whole
-- registry is replaced in one transaction each time it is written. Dates are ISO 8601 text at the
-- precision the release gives (the release's event date, else its published date).
-- Numbered 2.1 so that it sorts after V1 and before any V2 another branch adds.

CREATE TABLE persons (
  person_id VARCHAR(20) NOT NULL PRIMARY KEY,
  name      TEXT NOT NULL
);

CREATE TABLE organizations (
  organization_id VARCHAR(20) NOT NULL PRIMARY KEY,
  name            TEXT NOT NULL
);

-- every other form of the name: other spellings, initials, the surname alone
CREATE TABLE person_aliases (
  person_id VARCHAR(20) NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
  alias     VARCHAR(1000) NOT NULL,
  PRIMARY KEY (person_id, alias)
);

CREATE TABLE person_mentions (
  person_id VARCHAR(20) NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL,
  doc_id    VARCHAR(1000) NOT NULL,
  entity_id VARCHAR(100) NOT NULL,
  doc_date  VARCHAR(40),
  PRIMARY KEY (person_id, ordinal)
);

-- one row per post: title as first written, the organization (null when none is named), the
-- first and last date a release states it, and how many releases do
CREATE TABLE person_roles (
  person_id       VARCHAR(20) NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  title           TEXT NOT NULL,
  organization_id VARCHAR(20) REFERENCES organizations (organization_id) ON DELETE CASCADE,
  first_date      VARCHAR(40),
  last_date       VARCHAR(40),
  releases        INTEGER NOT NULL,
  PRIMARY KEY (person_id, ordinal)
);

-- the releases that state a post, with their dates: what "by year" questions group on
CREATE TABLE person_role_docs (
  person_id    VARCHAR(20) NOT NULL,
  role_ordinal INTEGER NOT NULL,
  doc_id       VARCHAR(1000) NOT NULL,
  doc_date     VARCHAR(40),
  PRIMARY KEY (person_id, role_ordinal, doc_id),
  FOREIGN KEY (person_id, role_ordinal) REFERENCES person_roles (person_id, ordinal) ON DELETE CASCADE
);

CREATE TABLE organization_aliases (
  organization_id VARCHAR(20) NOT NULL REFERENCES organizations (organization_id) ON DELETE CASCADE,
  alias           VARCHAR(1000) NOT NULL,
  PRIMARY KEY (organization_id, alias)
);

CREATE TABLE organization_mentions (
  organization_id VARCHAR(20) NOT NULL REFERENCES organizations (organization_id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  doc_id          VARCHAR(1000) NOT NULL,
  entity_id       VARCHAR(100) NOT NULL,
  doc_date        VARCHAR(40),
  PRIMARY KEY (organization_id, ordinal)
);

CREATE INDEX person_mentions_doc ON person_mentions (doc_id, entity_id);
CREATE INDEX person_roles_org_title ON person_roles (organization_id, title);
CREATE INDEX person_aliases_alias ON person_aliases (alias);
CREATE INDEX organization_mentions_doc ON organization_mentions (doc_id, entity_id);
