-- The normalized schema of pressfacts records (ANNOTATION.md, schema version 1).
-- One script for SQLite and PostgreSQL: only types both understand (TEXT, VARCHAR, INTEGER,
-- DOUBLE PRECISION), no generated keys (child rows are keyed by doc_id and their position in
-- the record, which also keeps reloads deterministic), and dates as ISO 8601 text, which sorts
-- and compares correctly in both. Every child row hangs off documents with ON DELETE CASCADE,
-- so replacing a document is one DELETE and its inserts, in one transaction.
-- Offsets are UTF-16 code units into the original text, as in the JSON record.

CREATE TABLE documents (
  doc_id          VARCHAR(1000) NOT NULL PRIMARY KEY,
  schema_version  VARCHAR(16),
  title           TEXT,
  -- published: value as the record gives it (2008-08-05T12:35, 2019-09, ...), the first day it
  -- covers, and that day's month (YYYY-MM) for per-month counts; text and offsets when the
  -- date was found in the text, all null when it was supplied by the source.
  published_value VARCHAR(40),
  published_day   VARCHAR(10),
  published_month VARCHAR(7),
  published_text  TEXT,
  published_start INTEGER,
  published_end   INTEGER,
  event_type      VARCHAR(20),
  event_date      VARCHAR(40),
  event_day       VARCHAR(10),
  -- sha-256 (hex) of the record's canonical JSON line: tells which version of a record is loaded.
  source_sha256   CHAR(64) NOT NULL,
  -- the document text, only when the record carries it (HTML input)
  doc_text        TEXT
);

CREATE TABLE entities (
  doc_id      VARCHAR(1000) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  entity_id   VARCHAR(100) NOT NULL,
  entity_type VARCHAR(20) NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_id)
);

CREATE TABLE entity_attributes (
  doc_id    VARCHAR(1000) NOT NULL,
  entity_id VARCHAR(100) NOT NULL,
  name      VARCHAR(100) NOT NULL,
  value     TEXT,
  PRIMARY KEY (doc_id, entity_id, name),
  FOREIGN KEY (doc_id, entity_id) REFERENCES entities (doc_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE mentions (
  doc_id       VARCHAR(1000) NOT NULL,
  entity_id    VARCHAR(100) NOT NULL,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_id, ordinal),
  FOREIGN KEY (doc_id, entity_id) REFERENCES entities (doc_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE dates (
  doc_id       VARCHAR(1000) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  -- value as written (may be an interval a/b), and the first and last day it covers; all null
  -- when the text cannot be placed on the calendar
  date_value   VARCHAR(40),
  first_day    VARCHAR(10),
  last_day     VARCHAR(10),
  PRIMARY KEY (doc_id, ordinal)
);

-- ordinal is the citation's index in the record's sorted citation list, which is what
-- antecedent refers to.
CREATE TABLE citations (
  doc_id          VARCHAR(1000) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  text            TEXT NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  title           TEXT,
  jurisdiction    VARCHAR(8),
  instrument_date VARCHAR(40),
  antecedent      INTEGER,
  PRIMARY KEY (doc_id, ordinal)
);

-- One row per level of a citation's provision, outer (level 0) to inner.
CREATE TABLE provisions (
  doc_id      VARCHAR(1000) NOT NULL,
  citation    INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  unit        VARCHAR(20) NOT NULL,
  provision   VARCHAR(200) NOT NULL,
  PRIMARY KEY (doc_id, citation, level),
  FOREIGN KEY (doc_id, citation) REFERENCES citations (doc_id, ordinal) ON DELETE CASCADE
);

-- person and organization are entity ids of the same document.
CREATE TABLE roles (
  doc_id         VARCHAR(1000) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  person_id      VARCHAR(100) NOT NULL,
  title          TEXT NOT NULL,
  organization_id VARCHAR(100),
  evidence_start INTEGER,
  evidence_end   INTEGER,
  sentence       INTEGER,
  confidence     DOUBLE PRECISION,
  PRIMARY KEY (doc_id, ordinal),
  FOREIGN KEY (doc_id, person_id) REFERENCES entities (doc_id, entity_id) ON DELETE CASCADE,
  FOREIGN KEY (doc_id, organization_id) REFERENCES entities (doc_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE warnings (
  doc_id  VARCHAR(1000) NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  code    VARCHAR(40) NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

-- Documents the pipeline could not process (error records). A doc_id is in documents or in
-- errors, never both: loading an outcome deletes the doc_id from both first.
CREATE TABLE errors (
  doc_id        VARCHAR(1000) NOT NULL PRIMARY KEY,
  code          VARCHAR(40) NOT NULL,
  message       TEXT NOT NULL,
  source_sha256 CHAR(64) NOT NULL
);

-- The analysts' questions (README.md):
-- who held which title where: roles by title, and entities by type and name
CREATE INDEX roles_title ON roles (title);
CREATE INDEX roles_person ON roles (doc_id, person_id);
CREATE INDEX roles_organization ON roles (doc_id, organization_id);
CREATE INDEX entities_type_name ON entities (entity_type, name);
-- which instruments are cited most
CREATE INDEX citations_instrument ON citations (kind, title, jurisdiction);
-- releases per event type and month
CREATE INDEX documents_event_month ON documents (event_type, published_month);
CREATE INDEX documents_month ON documents (published_month);
-- dates by day
CREATE INDEX dates_first_day ON dates (first_day);
