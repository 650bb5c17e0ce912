#!/usr/bin/env bash
# Builds the release preset, makes the Debian package and runs lintian over it.
#   scripts/package.sh            -> build/release/assertdesk_<version>_<arch>.deb
# lintian's remaining tags are listed in packaging/linux/debian/lintian-expected with the reason
# each one stays; any other tag fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && rm -f ./*.deb && cpack -G DEB >/dev/null)
deb=$(ls build/release/*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
command -v lintian >/dev/null || { echo "lintian is not installed (apt-get install lintian)" >&2; exit 1; }
expected=packaging/linux/debian/lintian-expected
tags=$(lintian --tag-display-limit 0 "$deb" | grep -E '^[EWIPX]: ' | awk '{print $1, $2, $3}' | sort -u || true)
unexpected=$(grep -vxF -f <(grep -v '^#' "$expected" | awk 'NF {print $1, $2, $3}') <<<"$tags" || true)
echo "${tags:-lintian: no tags}"
if [[ -n "$unexpected" ]]; then
  echo "lintian: tags not explained in $expected:" >&2
  echo "$unexpected" >&2
  exit 1
fi
