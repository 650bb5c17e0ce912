#!/usr/bin/env python3
"""Man pages for the three executables, made from their own --help.

  scripts/manpages.py --bin-dir build/ci/bin --out packaging/man           write the pages
  scripts/manpages.py --bin-dir build/ci/bin --out packaging/man --check   fail when they drifted

The pages are kept in the tree (a package build needs no generator) and a test runs --check, so
a --help that changes without its page fails the test suite with the command that mends it.
"""
import argparse
import os
import re
import subprocess
import sys

VERSION_RE = re.compile(r"(\d+\.\d+\.\d+)")

# What --help cannot say: where things live and what the environment changes.
EXTRA = {
    "assertdesk": {
        "ABOUT": "The window builds the match and attributes blocks of a contact assert (upsert) "
                 "request with a typed editor per field, shows the exact JSON that will be sent, "
                 "checks it before anything leaves the machine, sends it with the key kept in the "
                 "system keychain and shows the answer as a typed tree. Every assert is kept in a "
                 "local history that can be searched offline. Without an account it works against "
                 "the built-in sandbox.",
        "FILES": [
            ("$XDG_DATA_HOME/assertdesk/history.sqlite",
             "the history of every assert (never the key), readable by its owner only"),
            ("$XDG_CONFIG_HOME/assertdesk/assertdesk.conf", "profiles (never a key)"),
        ],
        "ENVIRONMENT": [
            ("LANG, LANGUAGE", "the window's language (English and German)"),
            ("QT_QPA_PLATFORM", "the Qt platform plugin, e.g. offscreen for tests"),
        ],
    },
    "assertdesk-cli": {
        "ABOUT": "",
        "FILES": [
            ("$XDG_DATA_HOME/assertdesk/history.sqlite", "the history shared with the window"),
            ("$XDG_CONFIG_HOME/assertdesk/assertdesk.conf", "profiles shared with the window"),
        ],
        "ENVIRONMENT": [
            ("ASSERTDESK_API_KEY",
             "the API key for send and key check, instead of the profile's keychain entry; "
             "it is never written anywhere"),
        ],
    },
    "assertdesk-sandbox": {
        "ABOUT": "",
        "ENVIRONMENT": [],
        "FILES": [],
    },
}

SEE_ALSO = {
    "assertdesk": ["assertdesk-cli", "assertdesk-sandbox"],
    "assertdesk-cli": ["assertdesk", "assertdesk-sandbox"],
    "assertdesk-sandbox": ["assertdesk", "assertdesk-cli"],
}


def run(binary, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LANGUAGE="", LC_ALL="C.UTF-8")
    done = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"{binary} {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def esc(text):
    """roff-safe text: backslashes, leading dots and quotes, hyphens in option names."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def parse_help(text, prog):
    """Split QCommandLineParser's help into usage, description lines and titled sections."""
    lines = text.rstrip("\n").split("\n")
    usage = re.sub(r"^Usage: \S*?([^/\s]+)(?=\s|$)", r"\1", lines[0])
    if not usage.startswith(prog):
        usage = prog + usage[usage.find(" "):]
    description, sections, current = [], {}, None
    for line in lines[1:]:
        heading = re.fullmatch(r"(Options|Arguments|Commands):", line)
        if heading:
            current = heading.group(1)
            sections[current] = []
        elif current is None:
            description.append(line)
        elif line.strip():
            sections[current].append(line)
    return usage, description, sections


def entries(lines):
    """Two-column help rows ('  -x, --opt <v>   text' plus indented continuations) as pairs."""
    out = []
    for line in lines:
        m = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", line)
        if m and not line.startswith("   "):
            out.append([m.group(1), m.group(2) or ""])
        elif out:
            out[-1][1] = (out[-1][1] + " " + line.strip()).strip()
    return out


def option_block(rows):
    body = []
    for term, text in rows:
        if term.startswith("--help-all"):
            continue
        body += [".TP", "\\fB" + esc(term) + "\\fR", esc(text)]
    return body


def description_block(lines):
    body, para = [], []
    for line in lines:
        if not line.strip():
            if para:
                body += [".PP"] + para
                para = []
        elif line.startswith("  "):
            # An indented line is a usage example: keep it on its own line.
            body += [".br", esc(line.strip())] if para or body else [esc(line.strip())]
        else:
            para.append(esc(line))
    if para:
        body += [".PP"] + para
    return body


def page(binary, prog):
    version = VERSION_RE.search(run(binary, "--version"))
    usage, description, sections = parse_help(run(binary, "--help"), prog)
    summary = description[0].rstrip(".") if description else prog
    out = [
        f'.TH {prog.upper()} 1 "" "Assert Desk {version.group(1)}" "User Commands"',
        ".SH NAME",
        f"{esc(prog)} \\- {esc(summary)}",
        ".SH SYNOPSIS",
        "\\fB" + esc(usage) + "\\fR",
        ".SH DESCRIPTION",
    ]
    rest = [line for line in description[1:] if line.strip()]
    out += description_block(rest or description)
    if EXTRA[prog]["ABOUT"]:
        out += [".PP", esc(EXTRA[prog]["ABOUT"])]
    if "Commands" in sections:
        out.append(".SH COMMANDS")
        for term, text in entries(sections["Commands"]):
            name = term.split()[0]
            out += [".SS " + esc(term), esc(text)]
            cmd_usage, cmd_desc, cmd_sections = parse_help(run(binary, name, "--help"), prog)
            out += [".PP", "\\fB" + esc(cmd_usage) + "\\fR"]
            out += description_block(cmd_desc)
            rows = [r for r in entries(cmd_sections.get("Options", [])) if not r[0].startswith(("-h,", "--help"))]
            if rows:
                out += [".PP", "Options:", ".RS"] + option_block(rows) + [".RE"]
    out.append(".SH OPTIONS")
    out += option_block(entries(sections.get("Options", [])))
    for title in ("ENVIRONMENT", "FILES"):
        rows = EXTRA[prog][title]
        if rows:
            out.append(".SH " + title)
            for term, text in rows:
                out += [".TP", "\\fB" + esc(term) + "\\fR", esc(text)]
    out += [".SH SEE ALSO", ", ".join(f"\\fB{esc(p)}\\fR(1)" for p in SEE_ALSO[prog])]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin-dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    drifted = []
    for prog in ("assertdesk", "assertdesk-cli", "assertdesk-sandbox"):
        text = page(os.path.join(args.bin_dir, prog), prog)
        path = os.path.join(args.out, prog + ".1")
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    kept = f.read()
            except FileNotFoundError:
                kept = None
            if kept != text:
                drifted.append(path)
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    if drifted:
        print("These man pages no longer match --help: " + ", ".join(drifted), file=sys.stderr)
        print(f"Mend with: scripts/manpages.py --bin-dir {args.bin_dir} --out {args.out}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
