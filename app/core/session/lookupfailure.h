#pragma once

#include "sendresult.h"

#include <QString>

namespace AssertDesk::Session {

// Why a lookup's read failed, for a person. Apart from the send's wording on purpose: a lost
// answer to a read changed nothing, so "the contact may have been changed" would be untrue here.
namespace LookupFailure {

// `result`: a read that did not succeed (a 404 of a read by id is "no contact", not this).
QString describe(const Contract::SendResult &result, int timeoutSeconds);

} // namespace LookupFailure
} // namespace AssertDesk::Session
