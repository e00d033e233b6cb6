#!/bin/bash
# The evaluation sets of the development workflow, outside the repository (never commit their texts or gold):
#   seeds    the five sample pages (../shared/corpus, ../shared/eval/gold/seeds.json)
#   dev40    ../shared/eval/dev/gold.json over ../dev-texts (restored as its README says)
#   dev30    dev40 without every fourth file (split.py ... four): developed on
#   check10  every fourth file of dev40: measured only, never read
#   bNN      a batch of 20 articles found and annotated by helpers before the extractor ran on them, texts in
#            ../dev-textsNN, gold ../eval-split/bNN.json; bNNa its odd files
#            (developed on), bNNb its even files (measured only, never read)
# Prints the score arguments of one set.
# EVAL: the folder holding shared/, dev-texts*/ and eval-split/ (default: the one above the repository)
EVAL=${EVAL:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
set_args() {
  local eval=$EVAL
  case $1 in
    seeds) echo "";;
    dev40) echo "--gold $eval/shared/eval/dev/gold.json --corpus $eval/dev-texts";;
    dev30|check10) echo "--gold $eval/eval-split/$1.json --corpus $eval/dev-texts";;
    b[0-9][0-9]|b[0-9][0-9][ab]) local n=${1:1:2}; echo "--gold $eval/eval-split/$1.json --corpus $eval/dev-texts$n";;
    *) echo "unknown set $1" >&2; return 1;;
  esac
}
