#pragma once

#include "assertrequest.h"

namespace AssertDesk::Ui {

// The example a person loads on purpose (File › Load an example) to see what a request looks
// like. Never loaded on its own: a window that started with it ticked once had its names sent
// over a real contact by someone who changed only the match address.
class ExampleRequest final
{
public:
    static Contract::AssertRequest request();
};

} // namespace AssertDesk::Ui
