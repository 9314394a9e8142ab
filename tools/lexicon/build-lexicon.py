#!/usr/bin/env python3
"""Builds data/lexicon/ from Debian packages: the multilingual word lists and place names that the screener's
segmenter reads. Run on a Debian machine after:
  apt-get install wfrench wspanish witalian wngerman wportuguese wbrazilian wdutch wdanish wswedish wnorwegian \
      wpolish wcatalan hunspell-tr hunspell-cs hunspell-ro hunspell-hu hunspell-id hunspell-vi hunspell-hr \
      hunspell-sl hunspell-sk hunspell-lt iso-codes tzdata unicode-cldr-core
then:  python3 tools/lexicon/build-lexicon.py   (from the repository root)
English comes from data/words-en.txt, which the screener already ships."""
import gettext, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ElementTree

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "data", "lexicon")
PER_LANGUAGE = 30000          # shortest words first: short words are the common ones, and they keep the index small
MIN_LEN, MAX_LEN = 4, 10  # three-letter entries of these lists are mostly abbreviations

WORDLISTS = {  # language -> (file, source kind)
    "fr": "/usr/share/dict/french", "es": "/usr/share/dict/spanish", "it": "/usr/share/dict/italian",
    "de": "/usr/share/dict/ngerman", "pt": "/usr/share/dict/portuguese", "nl": "/usr/share/dict/dutch",
    "da": "/usr/share/dict/danish", "sv": "/usr/share/dict/swedish", "no": "/usr/share/dict/bokmaal",
    "pl": "/usr/share/dict/polish", "ca": "/usr/share/dict/catalan",
    "tr": "/usr/share/hunspell/tr_TR.dic", "cs": "/usr/share/hunspell/cs_CZ.dic", "ro": "/usr/share/hunspell/ro_RO.dic",
    "hu": "/usr/share/hunspell/hu_HU.dic", "id": "/usr/share/hunspell/id_ID.dic", "vi": "/usr/share/hunspell/vi_VN.dic",
    "hr": "/usr/share/hunspell/hr_HR.dic", "sl": "/usr/share/hunspell/sl_SI.dic", "sk": "/usr/share/hunspell/sk_SK.dic",
    "lt": "/usr/share/hunspell/lt_LT.dic",
}
# Languages whose nouns are capitalised: capitalised entries are common words there, not only names.
CAPITALISED_NOUNS = {"de"}
PLACE_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "nb", "fi", "cs", "hu", "ro", "id",
                   "vi", "hr", "sl", "sk", "lt", "ca", "sr@latin", "bs", "et", "lv", "ga", "is"]
LANGUAGE_NAMES = {  # endonyms squatters use for a market
    "english": "en", "deutsch": "de", "francais": "fr", "espanol": "es", "italiano": "it", "portugues": "pt",
    "nederlands": "nl", "polski": "pl", "turkce": "tr", "svenska": "sv", "dansk": "da", "norsk": "no", "suomi": "fi",
    "cesky": "cs", "magyar": "hu", "romana": "ro", "hrvatski": "hr", "slovensko": "sl",
}

REGIONS = {
    "africa": "Africa", "america": "America", "americas": "the Americas", "asia": "Asia", "europe": "Europe", "europa": "Europe",
    "oceania": "Oceania", "eurasia": "Eurasia", "scandinavia": "Scandinavia", "nordic": "the Nordic countries",
    "nordics": "the Nordic countries", "benelux": "Benelux", "balkans": "the Balkans", "caribbean": "the Caribbean",
    "middleeast": "the Middle East", "latinamerica": "Latin America", "latam": "Latin America", "apac": "Asia-Pacific",
    "asiapacific": "Asia-Pacific", "emea": "Europe, the Middle East and Africa", "mena": "the Middle East and North Africa",
}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d").replace("ı", "i")


def words_of(language, path):
    seen = set()
    with open(path, encoding="utf-8", errors="ignore") as f:
        for line in f:
            word = line.strip().split("/")[0]
            if not word or word[0].isdigit():
                continue
            if word[0].isupper() and language not in CAPITALISED_NOUNS:
                continue  # a name, not a common word
            folded = fold(word)
            if re.fullmatch(r"[a-z]*[aeiouy][a-z]*", folded) and MIN_LEN <= len(folded) <= MAX_LEN:
                seen.add(folded)
    return sorted(seen, key=lambda w: (len(w), w))[:PER_LANGUAGE]


def places():
    rows = {}
    countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    for language in PLACE_LANGUAGES:
        try:
            translate = gettext.translation("iso_3166-1", "/usr/share/locale", languages=[language]).gettext
        except OSError:
            translate = (lambda s: s) if language == "en" else None
        if translate is None:
            continue
        for country in countries:
            for name in {country["name"], country.get("common_name", country["name"])}:
                local = fold(translate(name))
                local = re.sub(r"\(.*?\)|,.*$", "", local)
                compact = re.sub(r"[^a-z]", "", local)
                if 3 <= len(compact) <= 24:
                    rows.setdefault(compact, (language.split("@")[0], country["name"]))
    for country in countries:
        rows.setdefault(country["alpha_2"].lower(), ("code", country["name"]))
        rows.setdefault(country["alpha_3"].lower(), ("code", country["name"]))
    rows.setdefault("uk", ("code", "United Kingdom"))
    # Abbreviations and the English exonym that domain names use for a market, besides the ISO codes and names.
    rows.setdefault("uae", ("code", "United Arab Emirates"))
    rows.setdefault("ksa", ("code", "Saudi Arabia"))
    rows.setdefault("turkey", ("en", "Türkiye"))
    # Regions a seller or a branch is named after (trivago-asia, brand-emea): ISO 3166 names countries only.
    for name, region in REGIONS.items():
        rows.setdefault(name, ("en", region))
    with open("/usr/share/zoneinfo/zone1970.tab", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            zone = line.split("\t")[2].strip()
            city = re.sub(r"[^a-z]", "", fold(zone.split("/")[-1]))
            if len(city) >= 4:
                rows.setdefault(city, ("city", zone.split("/")[-1].replace("_", " ")))
    for city, english in cldr_cities():
        rows.setdefault(city, ("city", english))
    for name, language in LANGUAGE_NAMES.items():
        rows.setdefault(name, (language, "language name"))
    return rows


CLDR = "/usr/share/unicode/cldr/common"


def cldr_cities():
    """The cities CLDR names its time zones by (Oslo, Kolkata, Ho Chi Minh), in English and in the place languages
    (København, Kopenhagen, Copenhague): tzdata's zone1970.tab alone lacks those whose zone it merged (Oslo)."""
    english = {}
    for zone in ElementTree.parse(os.path.join(CLDR, "bcp47", "timezone.xml")).iter("type"):
        description, aliases = zone.get("description", ""), zone.get("alias", "").split()
        if not aliases or "/" not in aliases[0] or aliases[0].startswith("Etc/") or zone.get("deprecated") == "true":
            continue
        name = description.split(",")[0].strip()
        if not name or " time" in name.lower() or name.startswith("UTC"):
            continue  # a zone named by an offset or a region, not a city
        for alias in aliases:
            english[alias] = name
    cities = [(name, name) for name in sorted(set(english.values()))]
    for language in PLACE_LANGUAGES:
        path = os.path.join(CLDR, "main", {"nb": "nb", "sr@latin": "sr_Latn"}.get(language, language) + ".xml")
        if not os.path.exists(path):
            continue
        for zone in ElementTree.parse(path).iter("zone"):
            city = zone.find("exemplarCity")
            if city is not None and city.text and city.get("alt") is None and zone.get("type") in english:
                cities.append((city.text, english[zone.get("type")]))
    with open(os.path.join(ROOT, "data", "words-en.txt"), encoding="utf-8") as f:
        english_words = {line.strip() for line in f}  # lower-case lines only: Oslo is listed as a name, male as a word
    for local, name in cities:
        compact = re.sub(r"[^a-z]", "", fold(local))
        if 4 <= len(compact) <= 24 and compact not in english_words:
            yield compact, name  # a name that is also an English word (Male, Wake) would turn that word into a market


# Federations whose states and provinces are written by their codes in everyday names (nytimes, lawsocietyofbc).
SUBDIVISION_COUNTRIES = ["US", "CA", "AU", "IN", "BR"]


def subdivisions():
    """Each state or province of SUBDIVISION_COUNTRIES by its folded English name, with its ISO 3166-2 code's own part
    (US-NY: ny). Kept out of the lexicon: 'in', 'or' and 'me' are codes there but words everywhere else."""
    rows = {}
    for division in json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]:
        country, _, code = division["code"].partition("-")
        if country in SUBDIVISION_COUNTRIES and code.isalpha():
            compact = re.sub(r"[^a-z]", "", fold(division["name"]))
            if len(compact) >= 4:
                rows.setdefault(compact, (code.lower(), f"{division['name']} ({country})"))
    return rows


def write_table(path, header, rows):
    """Writes rows (name -> (second, third)) sorted by name as tab-separated lines under a '#' header."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {header}\n")
        for name in sorted(rows):
            f.write(f"{name}\t{rows[name][0]}\t{rows[name][1]}\n")
    print(f"{os.path.basename(path)} {len(rows)}")


def main():
    os.makedirs(OUT, exist_ok=True)
    for language, path in WORDLISTS.items():
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: install the Debian package named in this script's header")
        words = words_of(language, path)
        with open(os.path.join(OUT, f"words-{language}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(words) + "\n")
        print(f"words-{language}.txt {len(words)}")
    write_table(os.path.join(OUT, "places.tsv"), "name<TAB>language (or code, city)<TAB>meaning; built by tools/lexicon/build-lexicon.py", places())
    write_table(os.path.join(ROOT, "data", "subdivisions.tsv"),
                "folded name<TAB>code<TAB>name (country); built by tools/lexicon/build-lexicon.py from iso-codes", subdivisions())
    source = os.path.join(os.path.dirname(__file__), "commerce.tsv")
    with open(source, encoding="utf-8") as f, open(os.path.join(OUT, "commerce.tsv"), "w", encoding="utf-8") as g:
        g.write(f.read())


if __name__ == "__main__":
    main()
