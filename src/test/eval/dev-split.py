#!/usr/bin/env python3
"""Splits the development set's gold into the 30 articles rules are written from and the 10 kept
as a check (every fourth file: 04, 08, ..., 40), as issue 18 asks.

    src/test/eval/dev-split.py ../shared/eval/dev/gold.json OUT_DIR
    ../shared/eval/score --together --gold OUT_DIR/dev30.json --corpus ../dev-texts
    ../shared/eval/score --together --gold OUT_DIR/check10.json --corpus ../dev-texts

Only the figures of the check articles are to be read, never their errors.
"""
import json
import os
import sys


def names(documents):
    out = set()
    for d in documents:
        for e in d["entities"]:
            out.add(e["name"])
            out.update(e.get("aliases", []))
    return out


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    check = {f"{i:02d}.txt" for i in range(4, 41, 4)}
    os.makedirs(out, exist_ok=True)
    for name, keep in (("dev30", lambda d: d["file"] not in check), ("check10", lambda d: d["file"] in check)):
        docs = [d for d in gold["documents"] if keep(d)]
        # a same-entity group counts in a part when at least two of the part's documents name it
        groups = [g for g in gold.get("same_entity", [])
                  if sum(1 for d in docs if set(g) & names([d])) >= 2]
        part = dict(gold, documents=docs, same_entity=groups)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(part, f, ensure_ascii=False, indent=1)
        print(f"{name}: {len(docs)} documents, {len(groups)} same-entity groups")


if __name__ == "__main__":
    main()
