#!/bin/sh
# Fetches the Natural Earth basemap (public domain) from the npm package world-atlas,
# checks the tarball against the registry's published sha512, and extracts the
# 1:50m land and country TopoJSON next to this script. The build embeds them when
# present (views/map/CMakeLists.txt); without them the map shows a note instead.
# Idempotent and silent when the files are already in place.
set -eu

PACKAGE=world-atlas
VERSION=2.0.2
# `npm view world-atlas@2.0.2 dist.integrity`
INTEGRITY='sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=='
FILES="land-50m.json countries-50m.json"

here=$(cd "$(dirname "$0")" && pwd)
tarball="$here/$PACKAGE-$VERSION.tgz"
stamp="$here/.world-atlas-$VERSION.ok"

done=1
for f in $FILES; do [ -s "$here/$f" ] || done=0; done
if [ "$done" = 1 ] && [ -f "$stamp" ]; then
    exit 0
fi

sha512_base64() {
    if command -v openssl >/dev/null 2>&1; then
        openssl dgst -sha512 -binary "$1" | base64 | tr -d '\n'
    else
        python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode(), end="")' "$1"
    fi
}

if [ ! -s "$tarball" ] || [ "sha512-$(sha512_base64 "$tarball")" != "$INTEGRITY" ]; then
    rm -f "$tarball"
    (cd "$here" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
fi

actual="sha512-$(sha512_base64 "$tarball")"
if [ "$actual" != "$INTEGRITY" ]; then
    echo "fetch-basemap: $PACKAGE@$VERSION integrity mismatch" >&2
    echo "  expected $INTEGRITY" >&2
    echo "  got      $actual" >&2
    rm -f "$tarball"
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
members=""
for f in $FILES LICENSE; do members="$members package/$f"; done
# shellcheck disable=SC2086
tar -xzf "$tarball" -C "$tmp" $members
for f in $FILES; do mv "$tmp/package/$f" "$here/$f"; done
mv "$tmp/package/LICENSE" "$here/LICENSE.world-atlas"
touch "$stamp"
