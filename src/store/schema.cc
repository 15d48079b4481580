#include "store/schema.h"

#include "marsad/store.h"

namespace marsad::store {
namespace {

// Version 1: sources, articles, paragraphs, subheadings, tags, entities and
// mentions, links between a page's main and related articles, sightings.
// Tables holding text (paragraphs, subheadings) are rowid tables: rows of
// hundreds of bytes make WITHOUT ROWID B-trees shallow-fanned and 30% larger.
// Spans are byte offsets into the text named by `field` (0 page, 1 title,
// 2 content: marsad::Field), as in marsad::Article.
constexpr char kV1[] = R"sql(
CREATE TABLE sources (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE articles (
  seq              INTEGER PRIMARY KEY AUTOINCREMENT,
  id               TEXT NOT NULL UNIQUE CHECK (length(id) = 32),
  role             TEXT NOT NULL CHECK (role IN ('main', 'related')),
  title            TEXT NOT NULL,
  title_field      INTEGER NOT NULL,
  title_begin      INTEGER NOT NULL,
  title_end        INTEGER NOT NULL,
  published        TEXT CHECK (published IS NULL OR length(published) = 10),
  published_text   TEXT,
  published_field  INTEGER,
  published_begin  INTEGER,
  published_end    INTEGER,
  source_id        INTEGER REFERENCES sources(id),
  url              TEXT,
  author           TEXT,
  paragraph_count  INTEGER NOT NULL,
  subheading_count INTEGER NOT NULL,
  tag_count        INTEGER NOT NULL,
  mention_count    INTEGER NOT NULL,
  input_path       TEXT NOT NULL,
  input_first_line INTEGER NOT NULL,
  input_last_line  INTEGER NOT NULL,
  json             TEXT NOT NULL,
  ingested_at      INTEGER NOT NULL
);
CREATE INDEX articles_by_published ON articles(published)
  WHERE published IS NOT NULL;
CREATE INDEX articles_by_source ON articles(source_id, published);

CREATE TABLE paragraphs (
  article    INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  field      INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (article, ord)
);

CREATE TABLE subheadings (
  article          INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord              INTEGER NOT NULL,
  before_paragraph INTEGER NOT NULL,
  text             TEXT NOT NULL,
  field            INTEGER NOT NULL,
  span_begin       INTEGER NOT NULL,
  span_end         INTEGER NOT NULL,
  PRIMARY KEY (article, ord)
);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE article_tags (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  tag     INTEGER NOT NULL REFERENCES tags(id),
  ord     INTEGER NOT NULL,
  PRIMARY KEY (article, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag, article);

CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (type, name)
);
CREATE TABLE mentions (
  article    INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(id),
  text       TEXT NOT NULL,
  field      INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX mentions_by_entity ON mentions(entity, article);

CREATE TABLE article_links (
  main    INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  related INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  PRIMARY KEY (main, related)
) WITHOUT ROWID;
CREATE INDEX article_links_by_related ON article_links(related);

CREATE TABLE sightings (
  id         INTEGER PRIMARY KEY,
  article    INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  first_line INTEGER NOT NULL,
  last_line  INTEGER NOT NULL,
  url        TEXT NOT NULL,
  source     TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL,
  times      INTEGER NOT NULL,
  UNIQUE (article, path, first_line, url, source)
);
)sql";

// Version 2 (issue 5): entities become canonical across the store (a key
// from the name's folded skeleton; mentions point at them), with their
// spellings and roles; each article's day expressions, quotes and
// interactions. Rows written by version 1 keep their per-spelling entities
// (key NULL) until the article is ingested again.
constexpr char kV2[] = R"sql(
ALTER TABLE entities ADD COLUMN key TEXT;
ALTER TABLE entities ADD COLUMN latin TEXT;
ALTER TABLE entities ADD COLUMN country TEXT;
CREATE UNIQUE INDEX entities_by_key ON entities(key) WHERE key IS NOT NULL;

CREATE TABLE entity_variants (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  variant  TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, variant)
) WITHOUT ROWID;

CREATE TABLE entity_roles (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  entity  INTEGER NOT NULL REFERENCES entities(id),
  title   TEXT NOT NULL,
  country TEXT NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (article, entity, title, country)
) WITHOUT ROWID;
CREATE INDEX entity_roles_by_entity ON entity_roles(entity);

CREATE TABLE article_dates (
  article    INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  value      TEXT,
  weekday    INTEGER,
  field      INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;

CREATE TABLE quotes (
  article      INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  text         TEXT NOT NULL,
  norm         TEXT NOT NULL,
  field        INTEGER NOT NULL,
  span_begin   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  cue          TEXT NOT NULL,
  speaker      INTEGER REFERENCES entities(id),
  speaker_text TEXT NOT NULL,
  addressee    INTEGER REFERENCES entities(id),
  reporter     INTEGER REFERENCES entities(id),
  date         TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes(speaker, article);

CREATE TABLE interactions (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  ord     INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  tense   TEXT NOT NULL,
  channel TEXT NOT NULL,
  cue     TEXT NOT NULL,
  a       INTEGER NOT NULL REFERENCES entities(id),
  b       INTEGER NOT NULL REFERENCES entities(id),
  place   INTEGER REFERENCES entities(id),
  date    TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX interactions_by_a ON interactions(a);
CREATE INDEX interactions_by_b ON interactions(b);
)sql";

constexpr Migration kMigrations[] = {
    {1, "initial schema", kV1},
    {2, "canonical entities, dates, quotes, interactions", kV2},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace marsad::store

namespace marsad {

int StoreSchemaVersion() { return store::Migrations().back().version; }

}  // namespace marsad
