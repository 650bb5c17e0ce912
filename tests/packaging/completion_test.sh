#!/usr/bin/env bash
# usage: completion_test.sh COMPLETION_FILE BIN_DIR
# Presses Tab the way bash does (COMP_WORDS/COMP_CWORD, then the completion function) and
# checks what is offered, against the real assertdesk-cli with a throw-away home.
set -u
source "$1"
export PATH="$2:$PATH"
export HOME=$(mktemp -d) XDG_CONFIG_HOME= XDG_DATA_HOME=
trap 'rm -rf "$HOME"' EXIT
failed=0

offers() { # offers "EXPECTED WORDS" word...
    local want=$1; shift
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _assertdesk_cli
    local got="${COMPREPLY[*]}"
    if [[ $got != "$want" ]]; then
        echo "FAIL: [$*] offered '$got', expected '$want'"; failed=1
    else
        echo "ok:   [$*] -> $got"
    fi
}

# Every command the program lists, and only those.
commands=$(LC_ALL=C.UTF-8 assertdesk-cli --help | sed -n '/^Commands:/,/^$/{s/^  \([a-z][a-z-]*\).*/\1/p}' | tr '\n' ' ')
[[ -n $commands ]] || { echo "FAIL: assertdesk-cli --help lists no commands"; exit 1; }
offers "${commands% }" assertdesk-cli ""
offers "history" assertdesk-cli hi
offers "--profile" assertdesk-cli send --pro
offers "--version" assertdesk-cli --ver
offers "list add set remove" assertdesk-cli profile ""
offers "set" assertdesk-cli key s
offers "jsonl csv" assertdesk-cli history export --format ""
offers "retry" assertdesk-cli batch retr
assertdesk-cli profile add Staging --base-url https://staging.example.com/api/v2 >/dev/null
offers "Staging" assertdesk-cli send --profile St
# Options come from the option rows, not from "--words" in the prose ("for assertdesk-sandbox --faults").
COMP_WORDS=(assertdesk-cli send --); COMP_CWORD=2; COMPREPLY=(); _assertdesk_cli
[[ " ${COMPREPLY[*]} " == *" --profile "* && " ${COMPREPLY[*]} " != *" --faults "* ]] \
    || { echo "FAIL: send -- offered '${COMPREPLY[*]}': --profile expected, --faults (a sandbox option its help mentions) not"; failed=1; }
# Every option row of every command is offered after "--".
for c in $commands; do
    COMP_WORDS=(assertdesk-cli "$c" --); COMP_CWORD=2; COMPREPLY=(); _assertdesk_cli
    for o in $(LC_ALL=C.UTF-8 assertdesk-cli "$c" --help | grep -oE -- '^  (-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+'); do
        [[ $o == --help-all || " ${COMPREPLY[*]} " == *" $o "* ]] || { echo "FAIL: $c $o is not offered"; failed=1; }
    done
done
exit $failed
