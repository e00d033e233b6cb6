#!/bin/bash
# src/eval/identity.sh JAR OUTDIR DIR...: kg explain over each folder DIR into OUTDIR/<folder name>.txt, to diff
# two builds: a refactor must leave every file byte-identical; a rule's change shows exactly what it moved.
# Keep never-read documents (check10, even halves) in a folder of their own and compare it by cmp only.
JAR=$1; OUT=$2; shift 2; mkdir -p "$OUT"
for d in "$@"; do java -jar "$JAR" explain "$d" > "$OUT/$(basename "$d").txt" 2>&1; done
