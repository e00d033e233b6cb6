#!/usr/bin/env python3
"""split.py GOLD OUT_A OUT_B MODE: MODE 'four' -> B holds every fourth document (NN % 4 == 0), A the rest;
MODE 'odd' -> A holds odd-numbered files, B even. Same keys kept; same_entity groups (lists of names that
name no document) are left out of both parts and scored on the whole set only."""
import json, re, sys
gold, outa, outb, mode = sys.argv[1:5]
g = json.load(open(gold, encoding='utf-8'))
def num(d): return int(re.sub(r'\D', '', d['file']))
def inb(d): return num(d) % 4 == 0 if mode == 'four' else num(d) % 2 == 0
for out, keep in ((outa, lambda d: not inb(d)), (outb, inb)):
    h = dict(g); h['documents'] = [d for d in g['documents'] if keep(d)]
    files = {d['file'] for d in h['documents']}
    h.pop('same_entity', None)  # groups name no document: scored on the whole set only
    json.dump(h, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(out, len(h['documents']))
