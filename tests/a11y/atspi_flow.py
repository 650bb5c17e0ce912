#!/usr/bin/python3
"""Drives Assert Desk's main flow through AT-SPI alone, as a screen reader or voice control does.

Run by tests/a11y/run_atspi.sh inside Xvfb and a private D-Bus session with the accessibility
bus; it expects the app already started on the built-in sandbox with --data-dir DATA.

  atspi_flow.py BIN_DIR DATA_DIR

Fails (exit 1, naming the widget) when:
  - a focusable widget that is showing has no accessible name;
  - a value set through the accessible text interface is not the value that is sent;
  - the outcome is not exposed as a status with its text;
  - the history entry of the send cannot be found and opened.
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

BIN_DIR, DATA_DIR = sys.argv[1], sys.argv[2]
FAILURES = []
EMAIL = "screen.reader.user@example.com"
FIRST_NAME = "Ada"


def fail(text):
    FAILURES.append(text)
    print("FAIL: " + text, flush=True)


def wait_for(what, probe, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end:
        found = probe()
        if found:
            return found
        time.sleep(0.25)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def app_root():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "assertdesk":
            return app
    return None


def walk(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    for i in range(acc.childCount):
        yield from walk(acc.getChildAtIndex(i), depth + 1)


def showing(acc):
    states = acc.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def path_of(acc):
    parts = []
    while acc is not None and acc.getRole() != pyatspi.ROLE_APPLICATION:
        parts.append(f"{acc.getRoleName()}[{acc.name!r}]")
        acc = acc.parent
    return " / ".join(reversed(parts))


def find(root, role, name, must_show=True):
    for acc in walk(root):
        if acc.getRole() == role and acc.name == name and (not must_show or showing(acc)):
            return acc
    return None


def need(root, role, name):
    return wait_for(f"{pyatspi.Atspi.Role.get_name(role) if hasattr(pyatspi, 'Atspi') else role} {name!r}",
                    lambda: find(root, role, name), timeout=15)


def labelled(acc):
    """A combo box's name on Linux is its current text; its label comes by a labelled-by relation."""
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in acc.getRelationSet())


def press(acc, *names):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in names:
            action.doAction(i)
            return
    raise SystemExit(f"FAIL: {path_of(acc)} offers no {names} action")


def set_text(acc, text):
    acc.queryEditableText().setTextContents(text)


def check_names(root, when):
    """Every focusable widget a person can reach has a name."""
    for acc in walk(root):
        states = acc.getState()
        if not (states.contains(pyatspi.STATE_FOCUSABLE) and showing(acc)):
            continue
        if acc.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM):
            continue  # items are named by their text
        if not (acc.name or "").strip() and not labelled(acc):
            fail(f"{when}: no accessible name: {path_of(acc)}")


def history_rows():
    out = subprocess.run([os.path.join(BIN_DIR, "assertdesk-cli"), "history", "list", "--data-dir", DATA_DIR],
                         capture_output=True, text=True, timeout=30)
    return [line.split("\t") for line in out.stdout.splitlines()[1:] if line.strip()]


def main():
    app = wait_for("the app on the AT-SPI bus", app_root)
    frame = wait_for("the main window", lambda: find(app, pyatspi.ROLE_FRAME, "Assert Desk"))
    check_names(frame, "at start")

    # Fill the match and a field through the accessible interfaces only.
    match = need(frame, pyatspi.ROLE_TEXT, "Match email")
    set_text(match, EMAIL)
    tick = need(frame, pyatspi.ROLE_CHECK_BOX, "Send First name")
    if not tick.getState().contains(pyatspi.STATE_CHECKED):
        press(tick, "Toggle", "Press", "Click")
    set_text(need(frame, pyatspi.ROLE_TEXT, "First name"), FIRST_NAME)
    check_names(frame, "with a request filled in")

    send = need(frame, pyatspi.ROLE_PUSH_BUTTON, "Send the assert")
    wait_for("Send to be enabled", lambda: send.getState().contains(pyatspi.STATE_ENABLED) or None, 10)
    press(send, "Press", "Click")

    # The outcome is a status named Outcome whose description says what happened.
    def outcome():
        banner = find(frame, pyatspi.ROLE_STATUS_BAR, "Outcome")
        return banner if banner is not None and "Created" in (banner.description or "") else None
    banner = wait_for("a status named Outcome saying Created", outcome, timeout=30)
    print(f"ok: outcome exposed as {banner.getRoleName()}: {banner.name!r} {banner.description!r}")

    # What was sent is what was set through AT-SPI.
    rows = wait_for("the history row", lambda: history_rows() or None, 15)
    entry = rows[0][0]
    shown = subprocess.run([os.path.join(BIN_DIR, "assertdesk-cli"), "history", "show", entry, "--json",
                            "--data-dir", DATA_DIR], capture_output=True, text=True, timeout=30)
    record = json.loads(shown.stdout)
    body = record.get("request_body") or {}
    if isinstance(body, str):
        body = json.loads(body)
    sent_match = next(iter((body.get("match") or {}).values()), None)
    sent_first = (body.get("attributes") or {}).get("first_name")
    if sent_match != EMAIL or sent_first != FIRST_NAME:
        fail(f"set through AT-SPI: match {EMAIL!r}, first_name {FIRST_NAME!r}; sent: {json.dumps(body)}")
    else:
        print(f"ok: sent {json.dumps(body)}")

    # Open the history entry from the history table.
    table = need(frame, pyatspi.ROLE_TABLE, "Past asserts")
    cell = wait_for("a history row", lambda: next((c for c in walk(table) if c.getRole() == pyatspi.ROLE_TABLE_CELL
                                                  and EMAIL in (c.name or "")), None), 15)
    # As a screen reader user does: the row selected and focused, then Enter. Both go through the
    # AT-SPI registry (there is no window manager to give the window the keyboard otherwise).
    grid = table.queryTable()
    first = grid.getAccessibleAt(grid.getRowAtIndex(cell.getIndexInParent()), 0)  # a column that shows
    box = first.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    time.sleep(0.5)
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Return
    edit = wait_for("the review of the entry (Edit and re-send)",
                    lambda: find(frame, pyatspi.ROLE_PUSH_BUTTON, "Edit this past assert and send it again"), 15)
    print(f"ok: history entry opened ({path_of(edit)})")
    check_names(frame, "reviewing a history entry")

    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        return 1
    print("ok: the main flow works through AT-SPI alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
