// Entities, day expressions, quotes and interactions of stored articles
// (schema version 2, doc/store_schema.md).
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "marsad/normalizer.h"
#include "store/sqlite_store_impl.h"

namespace marsad::store {
namespace {

const char* QuoteKindText(Quote::Kind k) {
  switch (k) {
    case Quote::Kind::kDirect:
      return "direct";
    case Quote::Kind::kIndirect:
      return "indirect";
    case Quote::Kind::kMixed:
      return "mixed";
  }
  return "direct";
}

const char* TimeKindText(TimeExpression::Kind k) {
  switch (k) {
    case TimeExpression::Kind::kAbsolute:
      return "absolute";
    case TimeExpression::Kind::kRelative:
      return "relative";
    case TimeExpression::Kind::kWeekday:
      return "weekday";
  }
  return "absolute";
}

// Search normalisation for quote text filters (hamza, alef maqsura and
// diacritics folded), the same on both sides.
std::string NormalizeForSearch(std::string_view text) {
  static const Normalizer* normalizer = new Normalizer(NormalizerOptions{});
  return normalizer->NormalizeString(text);
}

void BindOptionalId(Statement* st, int i, int64_t id) {
  if (id > 0) {
    st->BindInt(i, id);
  } else {
    st->BindNull(i);
  }
}

}  // namespace

absl::StatusOr<int64_t> SqliteStore::CanonicalEntityId(const Entity& e) {
  MARSAD_ASSIGN_STMT(by_key, "entity_by_key",
                     "SELECT id FROM entities WHERE key = ?1");
  by_key->BindText(1, e.key);
  absl::StatusOr<bool> row = by_key->Step();
  int64_t id = row.ok() && *row ? by_key->Int(0) : 0;
  by_key->Reset();
  if (!row.ok()) return row.status();
  if (id != 0) return id;
  // «نتنياهو» alone joins the one stored person whose full name ends with
  // it («بنيامين نتنياهو»); two such people: it stays on its own.
  const size_t colon = e.key.find(':');
  if (e.type == "PER" && colon != std::string::npos &&
      e.key.find(' ', colon) == std::string::npos) {
    MARSAD_ASSIGN_STMT(by_last, "entity_by_last_name",
                       "SELECT id FROM entities WHERE key LIKE ?1 LIMIT 2");
    by_last->BindText(1, absl::StrCat(e.key.substr(0, colon + 1), "% ",
                                      e.key.substr(colon + 1)));
    int64_t found = 0;
    int n = 0;
    while ((row = by_last->Step()).ok() && *row) {
      found = by_last->Int(0);
      ++n;
    }
    by_last->Reset();
    if (!row.ok()) return row.status();
    if (n == 1) return found;
  }
  // A version-1 row of the same spelling takes the key.
  MARSAD_ASSIGN_STMT(adopt, "adopt_entity",
                     "UPDATE entities SET key = ?3, latin = ?4, country = ?5 "
                     "WHERE type = ?1 AND name = ?2 AND key IS NULL "
                     "RETURNING id");
  adopt->BindText(1, e.type);
  adopt->BindText(2, e.name);
  adopt->BindText(3, e.key);
  adopt->BindText(4, e.latin);
  adopt->BindText(5, e.country);
  row = adopt->Step();
  id = row.ok() && *row ? adopt->Int(0) : 0;
  adopt->Reset();
  if (!row.ok()) return row.status();
  if (id != 0) return id;
  MARSAD_ASSIGN_STMT(insert, "insert_canonical_entity",
                     "INSERT INTO entities(type, name, key, latin, country) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
  insert->BindText(1, e.type);
  insert->BindText(3, e.key);
  insert->BindText(4, e.latin);
  insert->BindText(5, e.country);
  // (type, name) is unique since version 1: another key with the same
  // display name («عمان» the city and the country) gets a qualified name.
  MARSAD_ASSIGN_STMT(taken, "entity_name_taken",
                     "SELECT 1 FROM entities WHERE type = ?1 AND name = ?2");
  taken->BindText(1, e.type);
  taken->BindText(2, e.name);
  row = taken->Step();
  const bool is_taken = row.ok() && *row;
  taken->Reset();
  if (!row.ok()) return row.status();
  insert->BindText(2,
                   is_taken ? absl::StrCat(e.name, " [", e.key, "]") : e.name);
  MARSAD_RETURN_IF_ERROR(Write(insert));
  return sqlite3_last_insert_rowid(db_);
}

absl::Status SqliteStore::InsertExtraction(int64_t seq, const Article& a) {
  // Canonical entities first: mentions, roles and quotes point at them.
  std::vector<int64_t> ids(a.canonical.size(), 0);
  MARSAD_ASSIGN_STMT(variant, "upsert_entity_variant",
                     "INSERT INTO entity_variants(entity, variant, mentions) "
                     "VALUES (?1, ?2, ?3) ON CONFLICT(entity, variant) DO "
                     "UPDATE SET mentions = mentions + excluded.mentions");
  MARSAD_ASSIGN_STMT(role, "insert_entity_role",
                     "INSERT INTO entity_roles(article, entity, title, "
                     "country, text) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT "
                     "DO NOTHING");
  for (size_t i = 0; i < a.canonical.size(); ++i) {
    const Entity& e = a.canonical[i];
    absl::StatusOr<int64_t> id = CanonicalEntityId(e);
    if (!id.ok()) return id.status();
    ids[i] = *id;
    for (const std::string& v : e.variants) {
      uint64_t count = 0;
      for (uint32_t m : e.mentions) {
        count += a.entities[m].text == v;
      }
      variant->BindInt(1, *id);
      variant->BindText(2, v);
      variant->BindInt(3, static_cast<int64_t>(std::max<uint64_t>(count, 1)));
      MARSAD_RETURN_IF_ERROR(Write(variant));
    }
    for (const EntityRole& r : e.roles) {
      role->BindInt(1, seq);
      role->BindInt(2, *id);
      role->BindText(3, r.title);
      role->BindText(4, r.country);
      role->BindText(5, r.text);
      MARSAD_RETURN_IF_ERROR(Write(role));
    }
  }
  auto id_of = [&](int32_t index) -> int64_t {
    return index >= 0 && static_cast<size_t>(index) < ids.size() ? ids[index]
                                                                 : 0;
  };

  MARSAD_ASSIGN_STMT(mention, "insert_mention",
                     "INSERT INTO mentions(article, ord, entity, text, field, "
                     "span_begin, span_end, confidence) VALUES (?1, ?2, ?3, "
                     "?4, ?5, ?6, ?7, ?8)");
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& m = a.entities[i];
    int64_t entity = id_of(m.entity);
    if (entity == 0) {
      // Not linked (a caller that filled mentions only): the spelling is
      // the entity, as in schema version 1.
      absl::StatusOr<int64_t> by_name = EntityId(m.type, m.text);
      if (!by_name.ok()) return by_name.status();
      entity = *by_name;
    }
    mention->BindInt(1, seq);
    mention->BindInt(2, static_cast<int64_t>(i));
    mention->BindInt(3, entity);
    mention->BindText(4, m.text);
    mention->BindInt(5, static_cast<int>(m.ref.field));
    mention->BindInt(6, m.ref.span.begin);
    mention->BindInt(7, m.ref.span.end);
    mention->BindDouble(8, m.confidence);
    MARSAD_RETURN_IF_ERROR(Write(mention));
  }

  MARSAD_ASSIGN_STMT(date, "insert_article_date",
                     "INSERT INTO article_dates(article, ord, text, kind, "
                     "value, weekday, field, span_begin, span_end) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  for (size_t i = 0; i < a.dates.size(); ++i) {
    const TimeExpression& t = a.dates[i];
    date->BindInt(1, seq);
    date->BindInt(2, static_cast<int64_t>(i));
    date->BindText(3, t.text);
    date->BindText(4, TimeKindText(t.kind));
    if (t.value) {
      date->BindText(5, DateText(*t.value));
    } else {
      date->BindNull(5);
    }
    if (t.weekday >= 0) {
      date->BindInt(6, t.weekday);
    } else {
      date->BindNull(6);
    }
    date->BindInt(7, static_cast<int>(t.ref.field));
    date->BindInt(8, t.ref.span.begin);
    date->BindInt(9, t.ref.span.end);
    MARSAD_RETURN_IF_ERROR(Write(date));
  }
  auto date_of = [&](int32_t index) -> std::optional<CivilDate> {
    if (index < 0 || static_cast<size_t>(index) >= a.dates.size()) {
      return std::nullopt;
    }
    return a.dates[index].value;
  };

  MARSAD_ASSIGN_STMT(quote, "insert_quote",
                     "INSERT INTO quotes(article, ord, kind, text, norm, "
                     "field, span_begin, span_end, cue, speaker, "
                     "speaker_text, addressee, reporter, date) VALUES (?1, "
                     "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                     "?14)");
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    quote->BindInt(1, seq);
    quote->BindInt(2, static_cast<int64_t>(i));
    quote->BindText(3, QuoteKindText(q.kind));
    quote->BindText(4, q.text);
    quote->BindText(5, NormalizeForSearch(q.text));
    quote->BindInt(6, static_cast<int>(q.ref.field));
    quote->BindInt(7, q.ref.span.begin);
    quote->BindInt(8, q.ref.span.end);
    quote->BindText(9, q.cue);
    BindOptionalId(quote, 10, id_of(q.speaker));
    quote->BindText(11, q.speaker_text);
    BindOptionalId(quote, 12, id_of(q.addressee));
    BindOptionalId(quote, 13, id_of(q.reporter));
    std::optional<CivilDate> d = date_of(q.date);
    if (!d) d = a.published;
    if (d) {
      quote->BindText(14, DateText(*d));
    } else {
      quote->BindNull(14);
    }
    MARSAD_RETURN_IF_ERROR(Write(quote));
  }

  MARSAD_ASSIGN_STMT(interaction, "insert_interaction",
                     "INSERT INTO interactions(article, ord, kind, tense, "
                     "channel, cue, a, b, place, date) VALUES (?1, ?2, ?3, ?4, "
                     "?5, ?6, ?7, ?8, ?9, ?10)");
  for (size_t i = 0; i < a.interactions.size(); ++i) {
    const Interaction& in = a.interactions[i];
    if (in.participants.size() < 2) continue;
    const int64_t x = id_of(in.participants[0]);
    const int64_t y = id_of(in.participants[1]);
    if (x == 0 || y == 0) continue;
    interaction->BindInt(1, seq);
    interaction->BindInt(2, static_cast<int64_t>(i));
    interaction->BindText(3, in.kind);
    interaction->BindText(4, in.tense);
    interaction->BindText(5, in.channel);
    interaction->BindText(6, in.cue);
    interaction->BindInt(7, x);
    interaction->BindInt(8, y);
    BindOptionalId(interaction, 9, id_of(in.place));
    std::optional<CivilDate> d = date_of(in.date);
    if (d) {
      interaction->BindText(10, DateText(*d));
    } else {
      interaction->BindNull(10);
    }
    MARSAD_RETURN_IF_ERROR(Write(interaction));
  }
  return absl::OkStatus();
}

namespace {

// Columns LoadQuotes reads, in order; joins name the article and entities.
constexpr char kQuoteSelect[] =
    "SELECT a.id, a.title, a.published, q.kind, q.text, q.cue, "
    "coalesce(q.speaker, 0), coalesce(sp.name, ''), q.speaker_text, "
    "coalesce(q.addressee, 0), coalesce(ad.name, ''), "
    "coalesce(q.reporter, 0), coalesce(rp.name, ''), q.date "
    "FROM quotes q JOIN articles a ON a.seq = q.article "
    "LEFT JOIN entities sp ON sp.id = q.speaker "
    "LEFT JOIN entities ad ON ad.id = q.addressee "
    "LEFT JOIN entities rp ON rp.id = q.reporter ";

}  // namespace

absl::StatusOr<std::vector<QuoteRecord>> SqliteStore::LoadQuotes(
    Statement* st) {
  std::vector<QuoteRecord> out;
  absl::StatusOr<bool> row;
  while ((row = st->Step()).ok() && *row) {
    QuoteRecord q;
    q.article_id = st->Text(0);
    q.article_title = st->Text(1);
    q.published = ParseDate(st->Text(2));
    q.kind = st->Text(3);
    q.text = st->Text(4);
    q.cue = st->Text(5);
    q.speaker_id = st->Int(6);
    q.speaker_name = st->Text(7);
    q.speaker_text = st->Text(8);
    q.addressee_id = st->Int(9);
    q.addressee_name = st->Text(10);
    q.reporter_id = st->Int(11);
    q.reporter_name = st->Text(12);
    q.date = ParseDate(st->Text(13));
    out.push_back(std::move(q));
  }
  st->Reset();
  if (!row.ok()) return row.status();
  return out;
}

absl::StatusOr<EntityRecord> SqliteStore::GetEntity(int64_t id) {
  EntityRecord e;
  MARSAD_ASSIGN_STMT(head, "get_entity",
                     "SELECT id, coalesce(key, ''), type, name, "
                     "coalesce(latin, ''), coalesce(country, '') FROM "
                     "entities WHERE id = ?1");
  head->BindInt(1, id);
  absl::StatusOr<bool> row = head->Step();
  if (row.ok() && *row) {
    e.id = head->Int(0);
    e.key = head->Text(1);
    e.type = head->Text(2);
    e.name = head->Text(3);
    e.latin = head->Text(4);
    e.country = head->Text(5);
  }
  head->Reset();
  if (!row.ok()) return row.status();
  if (e.id == 0) {
    return absl::NotFoundError(absl::StrCat("no entity with id ", id));
  }
  MARSAD_ASSIGN_STMT(variants, "get_entity_variants",
                     "SELECT variant, mentions FROM entity_variants WHERE "
                     "entity = ?1 ORDER BY mentions DESC, variant");
  variants->BindInt(1, id);
  while ((row = variants->Step()).ok() && *row) {
    e.variants.push_back(
        {variants->Text(0), static_cast<uint64_t>(variants->Int(1))});
  }
  variants->Reset();
  if (!row.ok()) return row.status();
  MARSAD_ASSIGN_STMT(roles, "get_entity_roles",
                     "SELECT title, country, count(*) AS n FROM entity_roles "
                     "WHERE entity = ?1 GROUP BY title, country ORDER BY n "
                     "DESC, title LIMIT 20");
  roles->BindInt(1, id);
  while ((row = roles->Step()).ok() && *row) {
    e.roles.push_back(
        {roles->Text(0), roles->Text(1), static_cast<uint64_t>(roles->Int(2))});
  }
  roles->Reset();
  if (!row.ok()) return row.status();
  MARSAD_ASSIGN_STMT(counts, "get_entity_counts",
                     "SELECT count(*), count(DISTINCT article) FROM mentions "
                     "WHERE entity = ?1");
  counts->BindInt(1, id);
  row = counts->Step();
  if (row.ok() && *row) {
    e.mentions = static_cast<uint64_t>(counts->Int(0));
    e.articles = static_cast<uint64_t>(counts->Int(1));
  }
  counts->Reset();
  if (!row.ok()) return row.status();
  MARSAD_ASSIGN_STMT(days, "get_entity_days",
                     "SELECT a.published, count(*) FROM mentions m JOIN "
                     "articles a ON a.seq = m.article WHERE m.entity = ?1 AND "
                     "a.published IS NOT NULL GROUP BY a.published ORDER BY "
                     "a.published");
  days->BindInt(1, id);
  while ((row = days->Step()).ok() && *row) {
    if (std::optional<CivilDate> d = ParseDate(days->Text(0))) {
      e.mentions_by_day.push_back({*d, static_cast<uint64_t>(days->Int(1))});
    }
  }
  days->Reset();
  if (!row.ok()) return row.status();
  MARSAD_ASSIGN_STMT(by, "get_entity_quotes_by",
                     absl::StrCat(kQuoteSelect,
                                  "WHERE q.speaker = ?1 ORDER BY "
                                  "coalesce(q.date, a.published) DESC, "
                                  "q.article DESC, q.ord LIMIT 50")
                         .c_str());
  by->BindInt(1, id);
  absl::StatusOr<std::vector<QuoteRecord>> quotes_by = LoadQuotes(by);
  if (!quotes_by.ok()) return quotes_by.status();
  e.quotes_by = std::move(*quotes_by);
  // Quotes about it: its mentions inside someone else's quote.
  MARSAD_ASSIGN_STMT(about, "get_entity_quotes_about",
                     absl::StrCat(kQuoteSelect,
                                  "WHERE coalesce(q.speaker, 0) != ?1 AND "
                                  "EXISTS (SELECT 1 FROM mentions m WHERE "
                                  "m.article = q.article AND m.entity = ?1 "
                                  "AND m.field = q.field AND m.span_begin >= "
                                  "q.span_begin AND m.span_end <= "
                                  "q.span_end) ORDER BY coalesce(q.date, "
                                  "a.published) DESC, q.article DESC LIMIT 50")
                         .c_str());
  about->BindInt(1, id);
  absl::StatusOr<std::vector<QuoteRecord>> quotes_about = LoadQuotes(about);
  if (!quotes_about.ok()) return quotes_about.status();
  e.quotes_about = std::move(*quotes_about);
  return e;
}

absl::StatusOr<std::vector<QuoteRecord>> SqliteStore::FindQuotes(
    const QuoteFilter& f, uint64_t* total) {
  // One statement for every filter combination: unset filters bind NULL.
  constexpr char kWhere[] =
      "WHERE (?1 IS NULL OR q.speaker = ?1) "
      "AND (?2 IS NULL OR q.speaker IN (SELECT id FROM entities WHERE key = "
      "?2 OR key LIKE ?8)) "
      "AND (?3 IS NULL OR instr(q.norm, ?3) > 0) "
      "AND (?4 IS NULL OR coalesce(q.date, a.published) >= ?4) "
      "AND (?5 IS NULL OR coalesce(q.date, a.published) <= ?5) ";
  auto bind = [&](Statement* st) {
    BindOptionalId(st, 1, f.speaker_id);
    if (f.speaker_key.empty()) {
      st->BindNull(2);
    } else {
      st->BindText(2, f.speaker_key);
    }
    // A one-word person key («PER:نتنه») also finds the full names that
    // end with it («PER:بنمن نتنه»).
    const size_t colon = f.speaker_key.find(':');
    if (colon != std::string::npos &&
        f.speaker_key.find(' ', colon) == std::string::npos) {
      st->BindText(8, absl::StrCat(f.speaker_key.substr(0, colon + 1), "% ",
                                   f.speaker_key.substr(colon + 1)));
    } else {
      st->BindNull(8);
    }
    if (f.text.empty()) {
      st->BindNull(3);
    } else {
      st->BindText(3, NormalizeForSearch(f.text));
    }
    if (f.from) {
      st->BindText(4, DateText(*f.from));
    } else {
      st->BindNull(4);
    }
    if (f.to) {
      st->BindText(5, DateText(*f.to));
    } else {
      st->BindNull(5);
    }
  };
  if (total != nullptr) {
    MARSAD_ASSIGN_STMT(count, "count_quotes",
                       absl::StrCat("SELECT count(*) FROM quotes q JOIN "
                                    "articles a ON a.seq = q.article ",
                                    kWhere)
                           .c_str());
    bind(count);
    absl::StatusOr<bool> row = count->Step();
    *total = row.ok() && *row ? static_cast<uint64_t>(count->Int(0)) : 0;
    count->Reset();
    if (!row.ok()) return row.status();
  }
  MARSAD_ASSIGN_STMT(list, "find_quotes",
                     absl::StrCat(kQuoteSelect, kWhere,
                                  "ORDER BY coalesce(q.date, a.published) "
                                  "DESC, q.article DESC, q.ord LIMIT ?6 "
                                  "OFFSET ?7")
                         .c_str());
  bind(list);
  list->BindInt(6, static_cast<int64_t>(std::clamp<uint64_t>(f.limit, 1, 200)));
  list->BindInt(7, static_cast<int64_t>(f.offset));
  return LoadQuotes(list);
}

}  // namespace marsad::store
