#pragma once

#include <QString>
#include <QTest>

// Declares `var` as the child of `root` of type `Type` named `name` (a string literal), or fails
// the test with a message naming that widget and returns: a widget that is not there stops the
// test cleanly where it is looked up, instead of crashing it where it is first used. Like QVERIFY,
// it returns from the enclosing function, so it belongs in test functions (which return void).
#define FIND_CHILD(Type, var, root, name)                                                                              \
    Type *var = (root)->findChild<Type *>(QStringLiteral(name));                                                       \
    QVERIFY2(var, "no " #Type " named \"" name "\"")
