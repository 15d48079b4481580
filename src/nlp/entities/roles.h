// Roles and titles the text gives a person, found next to a mention:
//
//   «أجرى وزير الخارجية الأميركي أنتوني بلينكن ...»
//         ^^^^^^^^^^^^^^^^^^^^^^ before: title «وزير الخارجية», country US
//   «مع نظيره المصري سامح شكري»  → «نظيره», EG, counterpart
//   «بنيامين نتنياهو، رئيس الوزراء الإسرائيلي،» → after the name
//
// A role starts at a head word (رئيس، وزير، المتحدث، الملك، نظيره …) and
// runs to the name through words that are not verbs, prepositions or
// punctuation; honorifics between role and name («الشيخ», «الدكتور») are
// skipped and are not roles by themselves.
#ifndef MARSAD_NLP_ENTITIES_ROLES_H_
#define MARSAD_NLP_ENTITIES_ROLES_H_

#include <cstdint>
#include <optional>
#include <string>

#include "nlp/annotated_text.h"

namespace marsad::nlp {

struct RoleOptions {
  // Longest role phrase, in tokens.
  uint32_t max_tokens = 10;
};

struct RoleMatch {
  uint32_t first_token = 0, end_token = 0;  // the role phrase
  Span span;                 // bytes of the unit's text (proclitics outside)
  std::string title;         // normalised-free display text, nationality out
  std::string country;       // ISO code from a nationality adjective
  bool counterpart = false;  // «نظيره»: the office of the other party
};

// The role ending right before token `name_begin` (after skipping
// honorifics), not crossing `sentence_begin` (pass the end of a previous
// name when it is later: a role never runs across another name).
std::optional<RoleMatch> FindRoleBefore(const TextUnit& unit,
                                        uint32_t sentence_begin,
                                        uint32_t name_begin,
                                        const RoleOptions& options = {});

// An appositive role right after the name: «نتنياهو، رئيس الوزراء …،», or
// without the comma («خليفة بن سلمان رئيس الوزراء بمملكة البحرين»). The
// caller must check that the phrase is not the role of a name after it
// («استقبل X رئيس وزراء بريطانيا ديفيد كاميرون»).
std::optional<RoleMatch> FindRoleAfter(const TextUnit& unit, uint32_t name_end,
                                       uint32_t sentence_end,
                                       const RoleOptions& options = {});

// A role phrase that stands for a person without a name («وذكر الرئيس
// الأميركي في بيان»): the role starting at token `first` if it starts with a
// head word. Used to resolve speakers.
std::optional<RoleMatch> RoleAt(const TextUnit& unit, uint32_t first,
                                uint32_t sentence_end,
                                const RoleOptions& options = {});

// An office given in an appointment right after the name: «تعيين يوسف
// البنيان وزيراً للتعليم», «… ووزيراً للداخلية» (the accusative head and
// its complement in «لـ»), titled as the office is named elsewhere («وزير
// التعليم»). Starts at token `first`.
std::optional<RoleMatch> AppointedRoleAt(const TextUnit& unit, uint32_t first,
                                         uint32_t sentence_end,
                                         const RoleOptions& options = {});

// True for a role head word («وزير», «الرئيس», «ولوزير»).
bool IsRoleHead(std::string_view norm);
// True for an honorific («الشيخ», «الدكتور», «السيد»).
bool IsHonorific(std::string_view norm);
// True for a standing or calling that a name follows as an office does
// («القيادي في حماس عزت الرشق», «، الإعلامي حسن الزبيدي،»), definite.
bool IsCalling(std::string_view norm);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_ROLES_H_
