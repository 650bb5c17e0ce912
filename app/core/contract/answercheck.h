#pragma once

#include "sendresult.h"

namespace AssertDesk::Contract {

// A 2xx is a success only when its body is the API's answer to an assert. A login page from a
// proxy or captive portal, an empty 204, broken JSON or a body cut short say nothing about the
// contact: such an answer becomes "outcome unknown", its body kept, the reason in the summary.
// Parses the whole body: call it off the UI thread. An answer that is the API's comes back
// with the parse in `answer`, so that nothing parses it again.
SendResult checkAssertAnswer(SendResult result);

} // namespace AssertDesk::Contract
