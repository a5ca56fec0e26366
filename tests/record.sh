#!/usr/bin/env bash
# Record node's behaviour for e2e test programs (and bench programs).
#
# Usage: tests/record.sh [file.js ...]
#   With no arguments, records every .js under tests/e2e.
#
# For each <name>.js it runs `node <name>.js <args>` from the file's own
# directory (args come from a first-line comment `// args: a b c`) and writes:
#   <name>.out   node's exact stdout (always written, may be empty)
#   <name>.exit  the exit code followed by a newline, only if it is not 0
#                (a stale .exit is deleted when the code is 0)
#   <name>.err   only if stderr is non-empty: the stderr lines a compiled
#                program must also print, i.e. every line written by
#                console.error/console.warn, plus the `XxxError: message`
#                line of an uncaught exception (first line matching
#                `^[A-Za-z]*Error: ` or `^Uncaught ` in node's report).
#                Node's file path / source echo / caret lines, the
#                "    at ..." stack lines and the "Node.js vNN" line are
#                dropped. A stale .err is deleted when stderr is empty.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

if [ "$#" -eq 0 ]; then
  mapfile -t files < <(find "$here/e2e" -path '*/_*' -prune -o \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) -type f -print | sort)
else
  files=("$@")
fi

status=0
for f in "${files[@]}"; do
  if [ ! -f "$f" ]; then
    echo "record.sh: no such file: $f" >&2
    status=1
    continue
  fi
  dir="$(cd "$(dirname "$f")" && pwd -P)"
  file="$(basename "$f")"
  base="${file%.*}"
  abs="$dir/$file"

  # Arguments from a first-line `// args: ...` comment.
  args=()
  first="$(head -n 1 "$abs")"
  if [[ "$first" =~ ^//[[:space:]]*args:(.*)$ ]]; then
    read -r -a args <<< "${BASH_REMATCH[1]}"
  fi

  # A program using a feature node 20 lacks (marked `// node: 22` on its first lines) is
  # recorded with the node in $NODE22 (e.g. from `npm install node@22`).
  nodebin=node
  if head -n 3 "$abs" | grep -q '^// node: 22'; then
    nodebin="${NODE22:-}"
    if [ -z "$nodebin" ]; then
      echo "record.sh: $f needs node 22: set NODE22 to its path" >&2
      status=1
      continue
    fi
  fi

  errtmp="$(mktemp)"
  (cd "$dir" && "$nodebin" "$file" ${args[@]+"${args[@]}"} > "$base.out" 2> "$errtmp")
  code=$?

  if [ "$code" -ne 0 ]; then
    echo "$code" > "$dir/$base.exit"
  else
    rm -f "$dir/$base.exit"
  fi

  if [ -s "$errtmp" ]; then
    # Node's uncaught-exception report starts with a line "<abs path>:<line>"
    # ("file://<abs path>:<line>" for an ES module). Everything before it was
    # written by console.error/console.warn.
    awk -v path="$abs" -v url="file://$abs" '
      BEGIN { inreport = 0; found = 0 }
      {
        if (!inreport) {
          if ((index($0, path ":") == 1 && substr($0, length(path) + 2) ~ /^[0-9]+$/) ||
              (index($0, url ":") == 1 && substr($0, length(url) + 2) ~ /^[0-9]+$/)) {
            inreport = 1
            next
          }
          print
          next
        }
        if (!found && ($0 ~ /^[A-Za-z]*Error: / || $0 ~ /^[A-Za-z]*Error$/ || $0 ~ /^Uncaught /)) {
          print
          found = 1
        }
      }
    ' "$errtmp" > "$dir/$base.err"
    if [ ! -s "$dir/$base.err" ]; then
      echo "record.sh: warning: $f: stderr non-empty but nothing recordable (non-Error throw?)" >&2
      rm -f "$dir/$base.err"
    fi
  else
    rm -f "$dir/$base.err"
  fi
  rm -f "$errtmp"

  # Guard against machine-specific output.
  for o in "$dir/$base.out" "$dir/$base.err"; do
    if [ -f "$o" ] && grep -qE "$dir|/home/|/tmp/|/work/" "$o"; then
      echo "record.sh: warning: $o contains an absolute path" >&2
      status=1
    fi
  done
  echo "recorded $f (exit $code)"
done
exit $status
