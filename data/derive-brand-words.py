# Derives data/brand-words-en.txt from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet).
# A word is a brand name when WordNet marks a sense of it as a trade name (usage domain "trademark", or the gloss
# names it as the trade name) and none of its other senses is an ordinary common-noun, verb, adjective or adverb
# sense that does not derive from the brand (google: the search engine, and "to google" from it).
import re
TM = "06851742"  # the synset "trademark": usage-domain target of brand-name synsets
NAME = r"[A-Z][A-Za-z0-9'-]+(?: [A-Z][A-Za-z0-9'-]+)?"
named = re.compile(r"\btrade[ -]?(?:names?|marks?)\s+(" + NAME + r"(?:(?:,|,? and|,? or)\s+" + NAME + r")*)")
def norm(w):
    return re.sub(r"\(.*\)", "", w).lower().replace('_', '').replace('-', '').replace(' ', '').replace("'", '')
def synsets(pos):
    for line in open('/usr/share/wordnet/data.' + pos, encoding='latin-1'):
        if line.startswith('  '):
            continue
        p = line.split(' ')
        n = int(p[3], 16)
        head, _, gloss = line.partition('|')
        yield p[0], [re.sub(r"\(.*\)", "", p[4 + 2 * i]) for i in range(n)], head, gloss
brand, brand_synsets = set(), set()
for off, ws, head, gloss in synsets('noun'):
    if off != TM and (';u ' + TM) in head:
        brand_synsets.add(('n', off))
        brand.update(norm(w) for w in ws)
    for m in named.finditer(gloss):
        names = {norm(x.strip()) for x in re.split(r",|\band\b|\bor\b", m.group(1)) if x.strip()}
        brand.update(names)
        if any(norm(w) in names for w in ws):
            brand_synsets.add(('n', off))
common = set()
for pos, tag in (('noun', 'n'), ('verb', 'v'), ('adj', 'a'), ('adv', 'r')):
    for off, ws, head, gloss in synsets(pos):
        if (tag, off) in brand_synsets:
            continue
        if tag == 'v' and any(('+ %s n' % o) in head for t, o in brand_synsets):
            continue  # "to google" derives from the brand
        for w in ws:
            if w[:1].islower():
                common.add(norm(w))
out = sorted(w for w in brand - common if re.fullmatch(r"[a-z0-9]{3,}", w))
print('\n'.join(out))
