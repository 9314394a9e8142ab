#!/usr/bin/python3
"""The dnstwist peer of `bench screen`: every permutation of each sample mark's official domain (all fuzzers, the
shipped English dictionary and common TLD list), used as a hash-set lookup over the same feed. Prints one JSON object."""
import json
import sys
import time

import dnstwist


def words(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#') and not line.startswith('//')]


def main(marks_path, dictionary_path, tlds_path, feed_path):
    marks = json.load(open(marks_path, encoding='utf-8'))['marks']
    dictionary = words(dictionary_path)
    tlds = words(tlds_path)
    started = time.perf_counter()
    lookup = {}
    for mark in marks:
        forms = {''.join(c for c in f.lower() if c.isalnum()) for f in [mark['name'], mark['name'].replace('&', 'and')] + mark.get('labels', [])}
        official = next((d for d in mark['officialDomains'] if d.split('.')[0] in forms), None)
        if official is None:
            continue
        fuzzer = dnstwist.Fuzzer(official, dictionary=dictionary, tld_dictionary=list(tlds))
        fuzzer.generate()
        for permutation in fuzzer.domains:
            if permutation['domain'] not in mark['officialDomains']:
                lookup.setdefault(permutation['domain'], mark['id'])
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    cpu_started = time.process_time()
    flagged = []
    count = 0
    with open(feed_path, encoding='utf-8') as feed:
        for line in feed:
            domain = line.strip()
            count += 1
            mark = lookup.get(domain)
            if mark is not None:
                flagged.append([domain, mark])
    lookup_s = time.perf_counter() - started
    lookup_cpu_s = time.process_time() - cpu_started
    print(json.dumps({'generate_s': generate_s, 'permutations': len(lookup), 'lookup_s': lookup_s, 'lookup_cpu_s': lookup_cpu_s,
                      'domains': count, 'flagged': flagged}))


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
