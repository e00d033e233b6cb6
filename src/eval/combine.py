#!/usr/bin/env python3
"""combine.py OUT GOLD...: one gold file of the documents (and same_entity groups) of several, in order:
a batch's two helpers' files (devNN-A.json, devNN-B.json) into bNN.json, which split.py then halves."""
import json, sys
out, parts = sys.argv[1], [json.load(open(p, encoding='utf-8')) for p in sys.argv[2:]]
g = {'version': 1, 'about': ' | '.join(p.get('about', '') for p in parts), 'documents': [d for p in parts for d in p['documents']]}
groups = [s for p in parts for s in p.get('same_entity', [])]
if groups:
    g['same_entity'] = groups
json.dump(g, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(out, len(g['documents']), 'documents,', len(groups), 'same_entity groups')
