#!/usr/bin/env python3
"""Checks the Qt .ts translation files of Assert Desk.

Usage: check-translations.py [FILE.ts | DIR ...]   (default: resources/translations)

Fails (exit 1), naming the file, the context and the source, when a message that is in use:
  - is unfinished or has an empty translation (or an empty plural form);
  - has other placeholders than its source (%1..%99, %L1, %n);
  - has a keyboard mnemonic (&) where the source has none, or none where the source has one;
  - has other HTML tags than its source;
  - drops or adds the source's trailing "…", ":" or line breaks;
  - uses a mnemonic letter that another message of the same window uses too;
  - sits in a context the code never looks strings up under. lupdate files a tr() call by the
    class or namespace around it; at run time a QObject looks up its qualified class name and a
    Q_DECLARE_TR_FUNCTIONS(X) or QCoreApplication::translate("X", ...) looks up X. A message
    under any other context is translated but never shown.

A window is one context (a class) unless mnemonic-windows.json beside the .ts files says
otherwise: it names the windows a context is split into (the menu bar and each menu), the
windows that span several contexts (the main window), and the texts that are alternatives of one
control, never shown together. A clash that the English source has too is only reported as a
note: the translation did not add it, and the project decides whether those texts share a window.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "resources" / "translations"
WINDOWS_FILE = "mnemonic-windows.json"

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);")


def mnemonic(text):
    """The mnemonic letter of a text, lower-cased, or None. "&&" is a literal ampersand and an
    entity such as &nbsp; in rich text is not a mnemonic."""
    plain = ENTITY.sub("", text.replace("&&", ""))
    m = re.search(r"&(\S)", plain)
    return m.group(1).casefold() if m else None


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def trailing(text):
    """What a translation must keep at the end: line breaks, then an ellipsis or a colon."""
    breaks = len(text) - len(text.rstrip("\n"))
    body = text.rstrip()
    end = "…" if body.endswith(("…", "...")) else ":" if body.endswith(":") else ""
    return breaks, end


class Message:
    def __init__(self, context, element):
        self.context = context
        self.source = element.findtext("source") or ""
        self.numerus = element.get("numerus") == "yes"
        tr = element.find("translation")
        self.kind = tr.get("type", "") if tr is not None else "unfinished"
        if self.numerus:
            self.forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        else:
            self.forms = [(tr.text or "") if tr is not None else ""]

    @property
    def in_use(self):
        return self.kind not in ("vanished", "obsolete")

    @property
    def translation(self):
        return self.forms[0] if self.forms else ""

    def name(self):
        return f"{self.context}: {self.source!r}"


def read_messages(path):
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages += [Message(name, m) for m in context.findall("message")]
    return [m for m in messages if m.in_use]


def check_message(m):
    """The problems of one message on its own."""
    if m.kind == "unfinished":
        return ["is unfinished"]
    if not m.forms or any(not f.strip() for f in m.forms):
        return ["has an empty translation"]
    problems = []
    want = placeholders(m.source)
    if m.numerus:
        numbered = [p for p in want if p != "%n"]
        for f in m.forms:
            if [p for p in placeholders(f) if p != "%n"] != numbered:
                problems.append(f"plural form {f!r} has placeholders {placeholders(f)}, the source {want}")
        if "%n" in want and not any("%n" in f for f in m.forms):
            problems.append("no plural form has %n")
        return problems
    t = m.translation
    if placeholders(t) != want:
        problems.append(f"placeholders differ: source {want}, translation {placeholders(t)} in {t!r}")
    if (mnemonic(m.source) is None) != (mnemonic(t) is None):
        has = "has no" if mnemonic(t) is None else "has a"
        problems.append(f"the translation {t!r} {has} mnemonic (&), unlike the source")
    if tags(m.source) != tags(t):
        problems.append(f"HTML tags differ: source {tags(m.source)}, translation {tags(t)}")
    if trailing(m.source) != trailing(t):
        problems.append(f"the end differs from the source's (\"…\", \":\" or line breaks): {t!r}")
    return problems


def load_windows(directory):
    path = directory / WINDOWS_FILE
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["windows"]


def build_windows(messages, windows, report):
    """The windows to check: each a name and a list of items, an item being the messages that are
    one control (one message, or the alternative texts of one control)."""
    by_key = {(m.context, m.source): m for m in messages if mnemonic(m.source)}
    placed = set()
    whole = set()
    result = []
    for window in windows:
        items = []
        for member in window["messages"]:
            ctx = member["context"]
            if "sources" not in member and "alternatives" not in member:
                whole.add(ctx)
                found = [m for k, m in by_key.items() if k[0] == ctx]
                if not found:
                    report(f"{WINDOWS_FILE}: window {window['name']!r} names context {ctx!r}, "
                           "which has no message with a mnemonic")
                items += [[m] for m in found]
                continue
            group = []
            for src in member.get("sources", []) + member.get("alternatives", []):
                m = by_key.get((ctx, src))
                if m is None:
                    report(f"{WINDOWS_FILE}: window {window['name']!r} names {ctx}: {src!r}, "
                           "which is not a message with a mnemonic")
                    continue
                placed.add((ctx, src))
                group.append(m)
            if "alternatives" in member:
                items.append(group)
            else:
                items += [[m] for m in group]
        result.append((window["name"], items))
    rest = {}
    for key, m in by_key.items():
        if key not in placed and key[0] not in whole:
            rest.setdefault(key[0], []).append([m])
    result += [(f"context {ctx}", items) for ctx, items in rest.items()]
    return result


def clashes(items, text_of):
    """Letters used by more than one item of a window, each with the items that use it."""
    users = {}
    for item in items:
        for letter in {mnemonic(text_of(m)) for m in item} - {None}:
            users.setdefault(letter, []).append(item)
    return {letter: its for letter, its in users.items() if len(its) > 1}


def describe(item, text_of):
    return " / ".join(f"{m.context}: {text_of(m)!r}" for m in item)


def check_mnemonic_windows(path, messages, windows, report, note):
    ready = [m for m in messages if m.kind != "unfinished" and not m.numerus and m.translation]
    ready_keys = {(m.context, m.source) for m in ready}
    for name, items in build_windows(messages, windows, report):
        source_clash = clashes(items, lambda m: m.source)
        for letter, its in sorted(source_clash.items()):
            note(f"{path.name}: {name}: the source uses &{letter} for "
                 + "; ".join(describe(i, lambda m: m.source) for i in its))
        done = [i for i in items if all((m.context, m.source) in ready_keys for m in i)]
        for letter, its in sorted(clashes(done, lambda m: m.translation).items()):
            sources = {mnemonic(m.source) for i in its for m in i}
            shared = len(sources) == 1 and all(i in source_clash.get(next(iter(sources)), []) for i in its)
            line = (f"{path}: {name}: mnemonic &{letter} is used twice: "
                    + "; ".join(describe(i, lambda m: m.translation) + f" (source {i[0].source!r})" for i in its))
            if shared:
                note(line + " — the source shares one letter there too")
            else:
                report(line)


def ts_files(args):
    paths = [Path(a) for a in args] or [DEFAULT_DIR]
    files = []
    for p in paths:
        files += sorted(p.glob("*.ts")) if p.is_dir() else [p]
    return files


SOURCE_DIRS = ("app", "ui")
QOBJECT_CLASS = re.compile(r"class\s+(?:[A-Z_]+\s+)?(\w+)(?:\s+final)?\s*:[^{;]*\{\s*Q_OBJECT\b")
NAMESPACE = re.compile(r"^namespace\s+([\w:]+)\s*\{", re.M)
TR_TAG = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
TRANSLATE = re.compile(r"(?:translate|QT_TRANSLATE_NOOP3?)\(\s*\"([^\"]+)\"")


def runtime_contexts(root):
    """The contexts the code looks strings up under at run time."""
    found = set()
    for d in SOURCE_DIRS:
        for path in (root / d).rglob("*"):
            if path.suffix not in (".h", ".cpp"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found.update(TR_TAG.findall(text))
            found.update(TRANSLATE.findall(text))
            for m in QOBJECT_CLASS.finditer(text):
                spaces = [n.group(1) for n in NAMESPACE.finditer(text, 0, m.start())]
                found.add("::".join(spaces[-1:] + [m.group(1)]) if spaces else m.group(1))
    return found


def check_contexts(path, messages, known, fail):
    for context in sorted({m.context for m in messages} - known):
        fail(f"{path}: context {context}: the code never looks strings up under this name (a tr() "
             f"that is not a QObject's: give it a context with Q_DECLARE_TR_FUNCTIONS)")


def main(argv):
    files = ts_files(argv[1:])
    if not files:
        print("check-translations: no .ts file found", file=sys.stderr)
        return 1
    errors = []
    notes = []
    count = 0
    known = runtime_contexts(ROOT)
    for path in files:
        messages = read_messages(path)
        count += len(messages)
        for m in messages:
            errors += [f"{path}: {m.name()}: {p}" for p in check_message(m)]
        check_mnemonic_windows(path, messages, load_windows(path.parent), errors.append, notes.append)
        check_contexts(path, messages, known, errors.append)
    for line in notes:
        print(f"note: {line}")
    for line in errors:
        print(f"FAIL: {line}")
    print(f"check-translations: {len(files)} file(s), {count} message(s), {len(errors)} problem(s), "
          f"{len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
