#!/usr/bin/env bash
# Verifies an engagement's audit trail exported from Locus as JSON, with bash, jq, base64 and sha256sum only.
# Each entry's canonical form is rebuilt from its fields and must equal the one it carries; its hash must be the
# SHA-256 of the previous hash, a newline and the canonical form; positions run 1, 2, 3...; the last hash is the
# chain's head. Prints "verified: N entries" and exits 0, or names the first bad entry and exits 1.
set -euo pipefail
file=${1:?usage: verify-audit-export.sh audit-trail.json}
prev=$(jq -er '.genesis' "$file")
position=0
while IFS=$'\t' read -r at prev_hash hash rebuilt canonical; do
    position=$((position + 1))
    fail() { echo "entry $position: $1" >&2; exit 1; }
    [ "$at" = "$position" ] || fail "is numbered $at: an entry is missing or out of order"
    [ "$rebuilt" = true ] || fail "its fields do not give its canonical form"
    [ "$prev_hash" = "$prev" ] || fail "does not link to the entry before it"
    actual=$( { printf '%s\n' "$prev"; printf '%s' "$canonical" | base64 -d; } | sha256sum | cut -d' ' -f1)
    [ "$actual" = "$hash" ] || fail "its hash does not match its content"
    prev=$hash
done < <(jq -r '.entries[] | [.position, .prevHash, .hash,
    (.canonical == "locus-audit/1\nchain: \(.chain|tojson)\nposition: \(.position)\nat: \(.at|tojson)\nby: \(.by|tojson)\nkind: \(.kind|tojson)\nsubject: \(.subject|tojson)\nsubjectId: \(.subjectId|tojson)\nengagement: \(.engagement|tojson)\nbefore: \(.before|tojson)\nafter: \(.after|tojson)\n"),
    (.canonical|@base64)] | @tsv' "$file")
[ "$(jq -er '.head.position' "$file")" = "$position" ] && [ "$(jq -er '.head.hash' "$file")" = "$prev" ] \
    || { echo "the last entry ($position) is not the chain's head: the trail was cut short" >&2; exit 1; }
echo "verified: $position entries"
