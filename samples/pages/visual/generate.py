#!/usr/bin/env python3
"""Writes the labelled pages of samples/pages/visual: pages whose verdict depends on their image files.

Each page NAME.html has a NAME.label (the format of samples/pages) and a folder NAME.files/ holding the files its host
serves beside it (favicon, logos, product pictures), at the paths the page links. The portfolio marks.json is
samples/pages/marks.json with reference logos and favicons (marks/) added to five marks. The images are drawn here, in
plain Python (PNG written with zlib, ICO wrapping a PNG): they stand in for the brands' artwork, which we do not copy.
A copied logo is the same drawing at another size with the pixel noise of a recompression, as kits copy them.

Run `python3 samples/pages/visual/generate.py`; it rewrites the same files (fixed seeds).
"""

import json
import os
import random
import shutil
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import generate as corpus  # noqa: E402  (the page layouts of samples/pages)


# ------------------------------------------------------------------------------------------------------------------
# Images
# ------------------------------------------------------------------------------------------------------------------

def png(width, height, pixel):
    """A truecolour PNG of pixel(x, y, width, height) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            row.extend(pixel(x, y, width, height))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def ico(png_bytes, size):
    """An ICO file holding one PNG image, as browsers and SkiaSharp read it."""
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png_bytes), 22) + png_bytes


def noisy(pixel, seed, amount=10):
    """The same drawing with the small per-pixel noise a lossy recompression leaves."""
    r = random.Random(seed)

    def draw(x, y, w, h):
        return tuple(max(0, min(255, c + r.randint(-amount, amount))) for c in pixel(x, y, w, h))
    return draw


WHITE = (255, 255, 255)


def box_logo(x, y, w, h):
    """Stand-in for a file-storage brand: four blue diamonds in a box pattern and a word-like bar."""
    u, v = x / w, y / h
    blue = (0, 97, 255)
    for cx, cy in ((0.09, 0.3), (0.21, 0.3), (0.09, 0.62), (0.21, 0.62)):
        if abs(u - cx) * 3 + abs(v - cy) < 0.17:
            return blue
    if 0.34 < u < 0.95 and 0.38 < v < 0.58 and int(u * 40) % 6 != 0:
        return (30, 25, 25)
    return WHITE


def sign_icon(x, y, w, h):
    """Stand-in for an e-signature brand's favicon: a yellow tile with a dark slanted stroke and a baseline."""
    u, v = x / w, y / h
    if v > 0.78 and 0.15 < u < 0.85:
        return (20, 20, 20)
    if abs((u - 0.25) - (0.8 - v) * 0.6) < 0.1 and 0.15 < v < 0.75:
        return (20, 20, 20)
    return (255, 205, 40) if 0.08 < u < 0.92 and 0.08 < v < 0.92 else WHITE


def oval_wordmark(x, y, w, h):
    """Stand-in for an electronics brand: a dark-blue tilted oval with light letter strokes inside."""
    u, v = x / w - 0.5, y / h - 0.5
    a, b = u * 0.97 + v * 0.24, -u * 0.24 + v * 0.97
    if (a / 0.46) ** 2 + (b / 0.3) ** 2 < 1:
        if abs(b) < 0.08 and int((a + 0.5) * 22) % 3 == 0:
            return WHITE
        return (20, 40, 160)
    return WHITE


def hash_logo(x, y, w, h):
    """Stand-in for a chat brand: four coloured rounded bars crossing like a hash sign."""
    u, v = x / h, y / h  # square mark at the left, then a word bar
    if u < 1:
        if 0.25 < u < 0.4 and 0.1 < v < 0.9:
            return (54, 197, 240)
        if 0.6 < u < 0.75 and 0.1 < v < 0.9:
            return (46, 182, 125)
        if 0.25 < v < 0.4 and 0.1 < u < 0.9:
            return (236, 178, 46)
        if 0.6 < v < 0.75 and 0.1 < u < 0.9:
            return (224, 30, 90)
        return WHITE
    return (30, 20, 30) if 1.15 < u < w / h - 0.1 and 0.4 < v < 0.6 else WHITE


def cat_logo(x, y, w, h):
    """Stand-in for a code-hosting brand: a black disc with a white head-and-ears cut-out."""
    u, v = x / h - 0.5, y / h - 0.5
    if u * u + v * v > 0.2:
        return (25, 25, 25) if 1.1 < x / h < w / h - 0.1 and 0.4 < y / h < 0.6 else WHITE
    if u * u + (v + 0.02) ** 2 < 0.06 or (abs(u) > 0.1 and abs(u) < 0.2 and -0.3 < v < -0.1):
        return WHITE
    return (25, 25, 25)


def own_logo(colour, seed):
    """A site's own logo: a coloured emblem of its own and a word bar, different for every seed."""
    r = random.Random(seed)
    stripes = r.randint(2, 5)

    def draw(x, y, w, h):
        u, v = x / w, y / h
        if u < 0.25 and int(v * stripes * 2) % 2 == 0 and 0.1 < v < 0.9:
            return colour
        if 0.32 < u < 0.9 and 0.42 < v < 0.58:
            return (40, 40, 40)
        return WHITE
    return draw


def photo(seed):
    """A product photograph: soft gradients with a darker object in the middle."""
    r = random.Random(seed)
    base = [r.randint(60, 200) for _ in range(3)]

    def draw(x, y, w, h):
        u, v = x / w, y / h
        inside = 0.2 < u < 0.8 and 0.25 < v < 0.75
        return tuple(max(0, min(255, int(c * (0.35 if inside else 1.0) + 60 * u - 30 * v))) for c in base)
    return draw


# ------------------------------------------------------------------------------------------------------------------
# Portfolio with reference images
# ------------------------------------------------------------------------------------------------------------------

REFERENCES = {
    # mark id: (logos, favicons) as (file name, drawing, width, height)
    "dropbox": ([("dropbox-logo.png", box_logo, 480, 160)], [("dropbox-favicon.ico", box_logo, 32, 32)]),
    "docusign": ([], [("docusign-favicon.ico", sign_icon, 32, 32)]),
    "samsung": ([("samsung-logo.png", oval_wordmark, 400, 160)], []),
    "slack": ([("slack-logo.png", hash_logo, 480, 160)], []),
    "github": ([("github-logo.png", cat_logo, 480, 160)], []),
}


def image_file(drawing, width, height, icon=False, seed=None):
    pixel = noisy(drawing, seed) if seed is not None else drawing
    data = png(width, height, pixel)
    return ico(data, width) if icon else data


def portfolio():
    with open(os.path.join(os.path.dirname(HERE), "marks.json"), encoding="utf-8") as f:
        document = json.load(f)
    files = {}
    for mark in document["marks"]:
        if mark["id"] not in REFERENCES:
            continue
        logos, favicons = REFERENCES[mark["id"]]
        mark["logos"] = [f"marks/{name}" for name, *_ in logos]
        mark["favicons"] = [f"marks/{name}" for name, *_ in favicons]
        for name, drawing, w, h in logos:
            files[f"marks/{name}"] = image_file(drawing, w, h)
        for name, drawing, w, h in favicons:
            files[f"marks/{name}"] = image_file(drawing, w, h, icon=True)
        if not mark["logos"]:
            del mark["logos"]
        if not mark["favicons"]:
            del mark["favicons"]
    lines = ",\n".join("    " + json.dumps(m, ensure_ascii=False) for m in document["marks"])
    return '{\n  "marks": [\n' + lines + "\n  ]\n}\n", files


# ------------------------------------------------------------------------------------------------------------------
# Pages
# ------------------------------------------------------------------------------------------------------------------

PAGES = []


def add(name, verdict, url, expected, conclusion, html, files):
    PAGES.append((name, verdict, url, expected, conclusion, html, files))


def site_icon(colour, seed):
    return image_file(own_logo(colour, seed), 32, 32, icon=True)


def pages(reference_files):
    # V1: a credential kit on an unrelated host whose only brand cue is a copy of the brand's logo, as an image with
    # a file name and alt text that name nothing; no brand name in its text, title or address.
    r = corpus.rng_for("v-logo-only-kit")
    body = """<div class="page"><div class="card">
<div class="brand"><img src="static/img/h.png" width="240" height="80" alt=""></div>
<h1 class="t">Sign in to view the shared folder</h1>
<p class="sub">A file was shared with you. Sign in with your email to open it.</p>
<form action="static/next.php" method="post" autocomplete="off" class="f">
<div class="row"><label for="e">Email</label><input id="e" name="e" type="email" required></div>
<div class="row"><label for="p">Password</label><input id="p" name="p" type="password" required></div>
<button type="submit" class="go">Continue</button></form>
<p class="fine"><a href="#">Forgot your password?</a> &middot; <a href="#">Privacy</a></p></div></div>"""
    add("misuse-logo-image-only-kit", "misuse", "https://secure-file-access.example/", "A12:dropbox U1:dropbox",
        "A sign-in page on an unrelated host whose only sign of the brand is a copy of the Dropbox logo image, asking for a password to open a 'shared folder': phishing.",
        corpus.kit("Sign in", body, r=r, favicon='<link rel="icon" href="static/img/f.ico">'),
        {"static/img/h.png": image_file(box_logo, 240, 80, seed=11), "static/img/f.ico": site_icon((90, 90, 90), 3)})

    # V2: a kit that copies the brand's favicon byte for byte and names the brand only in its title.
    r = corpus.rng_for("v-favicon-copy-kit")
    body = """<div class="wrap"><div class="panel">
<h1 class="title">Review and sign your document</h1>
<p>You have received a document to review and sign. Confirm your email account to open the envelope.</p>
<form method="post" action="https://formrelay.example/f/8c1e2a" class="login">
<label for="u">Email address</label><input id="u" name="u" type="email" required>
<label for="w">Email password</label><input id="w" name="w" type="password" required>
<button type="submit">Review document</button></form>
<p class="note">This message was sent to you by an automated system. Do not share this email.</p></div></div>"""
    add("misuse-favicon-copy-kit", "misuse", "https://envelope-review-portal.example/", "A10:docusign A12:docusign U1:docusign",
        "A document-signing imitation that copies the DocuSign favicon byte for byte and names DocuSign in its title, collecting email passwords: phishing.",
        corpus.kit("DocuSign - Review Document", body, r=r, favicon='<link rel="shortcut icon" href="img/i.ico">'),
        {"img/i.ico": reference_files["marks/docusign-favicon.ico"]})

    # V3: a retailer under its own name and logo listing one maker's televisions, each card with the maker's logo.
    r = corpus.rng_for("v-reseller-list")
    s = corpus.site("Northgate Electronics", "northgate-electronics.example", "#c2410c")
    cards = []
    files = {"favicon.ico": site_icon((194, 65, 12), 5),
             f"assets/img/{s['slug']}-logo.png": image_file(own_logo((194, 65, 12), 5), 296, 64)}
    for i, (size, price) in enumerate([(43, 449), (50, 549), (55, 699), (65, 999), (75, 1399), (85, 1999)]):
        files[f"media/tv-{i}.png"] = image_file(photo(100 + i), 96, 64)
        cards.append(f"""<li class="product-card" data-sku="NG-TV-{4100 + i}">
  <a class="product-link" href="/tv/crystal-uhd-{size}"><img class="product-image" src="/media/tv-{i}.png" width="288" height="192" alt="Crystal UHD {size} inch television"></a>
  <img class="maker-badge" src="/media/makers/brand-3.png" width="100" height="40" alt="">
  <h3 class="product-name"><a href="/tv/crystal-uhd-{size}">Samsung Crystal UHD {size}" 4K smart TV</a></h3>
  <p class="price"><span class="amount">${price}.00</span> <span class="vat">incl. tax</span></p>
  <form action="/basket/add" method="post"><input type="hidden" name="sku" value="NG-TV-{4100 + i}"><button class="btn btn-primary" type="submit">Add to basket</button></form>
</li>""")
    files["media/makers/brand-3.png"] = image_file(oval_wordmark, 200, 80, seed=31)
    header = f"""<header class="site-header"><div class="container">
<a class="site-logo" href="/"><img src="/assets/img/{s['slug']}-logo.png" alt="Northgate Electronics" width="148" height="32"></a>
<nav class="main-nav" aria-label="Main"><ul>{corpus.nav_links(r)}</ul></nav>
<div class="header-actions"><a class="btn" href="/account/login">Sign in</a> <a class="btn" href="/basket">Basket (0)</a></div></div></header>"""
    main = f"""<div class="container"><nav class="breadcrumb"><a href="/">Home</a> / <a href="/tv">Televisions</a> / Samsung</nav>
<h1>Samsung televisions</h1><p class="intro">Genuine Samsung televisions with the maker's warranty, delivered and installed by Northgate Electronics.</p>
<div class="row"><aside class="filters col-3"><h2>Filter</h2><ul><li><label><input type="checkbox" name="size" value="43"> 43"</label></li><li><label><input type="checkbox" name="size" value="55"> 55"</label></li><li><label><input type="checkbox" name="size" value="65"> 65"</label></li></ul></aside>
<ul class="product-grid col-9">{"".join(cards)}</ul></div>{corpus.paragraphs(r, 3)}
<p class="small">Northgate Electronics is an independent retailer. Samsung is a trademark of Samsung Electronics Co., Ltd.</p></div>"""
    add("lawful-reseller-product-list-logo", "lawful", "https://northgate-electronics.example/", "-",
        "A retailer under its own name and logo selling genuine Samsung televisions, with the Samsung logo on each product card: lawful resale naming the goods.",
        corpus.document(s, "Samsung TVs | Northgate Electronics", main, r=r, header=header), files)

    # V4: a product's home page with a wall of customer logos (the same files as the brands' own) and its own sign-up form.
    r = corpus.rng_for("v-logo-wall")
    s = corpus.site("Tallyfold", "tallyfold.example", "#4338ca")
    files = {"favicon.ico": site_icon((67, 56, 202), 7),
             f"assets/img/{s['slug']}-logo.png": image_file(own_logo((67, 56, 202), 7), 296, 64)}
    wall = []
    for i, (mark, key) in enumerate([("dropbox", "marks/dropbox-logo.png"), ("slack", "marks/slack-logo.png"),
                                     ("github", "marks/github-logo.png"), ("samsung", "marks/samsung-logo.png")]):
        files[f"img/customers/c{i}.png"] = reference_files[key]
        wall.append(f'<li class="customer"><img src="/img/customers/c{i}.png" width="120" height="40" alt="{corpus.LABELS.get(mark, mark.capitalize())}" loading="lazy"></li>')
    for i in range(4, 8):
        files[f"img/customers/c{i}.png"] = image_file(own_logo((r.randint(0, 200), r.randint(0, 200), r.randint(0, 200)), 50 + i), 240, 80)
        wall.append(f'<li class="customer"><img src="/img/customers/c{i}.png" width="120" height="40" alt="{corpus.sentence(r).split()[0]}" loading="lazy"></li>')
    header = f"""<header class="site-header"><div class="container">
<a class="site-logo" href="/"><img src="/assets/img/{s['slug']}-logo.png" alt="Tallyfold" width="148" height="32"></a>
<nav class="main-nav" aria-label="Main"><ul>{corpus.nav_links(r)}</ul></nav>
<div class="header-actions"><a class="btn" href="/login">Log in</a></div></div></header>"""
    main = f"""<section class="hero"><div class="container"><h1>Close the books in days, not weeks</h1>
<p class="lead">Tallyfold reconciles your ledgers, cards and bank feeds while you sleep.</p>
<form class="signup" action="/signup" method="post"><label for="email">Work email</label><input id="email" name="email" type="email" required>
<label for="password">Choose a password</label><input id="password" name="password" type="password" required minlength="12">
<button class="btn btn-primary" type="submit">Start free trial</button></form></div></section>
<section class="customers"><div class="container"><h2>Trusted by finance teams at</h2><ul class="logo-wall">{"".join(wall)}</ul></div></section>
<section class="features"><div class="container">{corpus.paragraphs(r, 6)}</div></section>"""
    add("lawful-customer-logo-wall", "lawful", "https://tallyfold.example/", "-",
        "A product's own home page with its sign-up form and a wall of customer logos, among them Dropbox's, Slack's, GitHub's and Samsung's: truthful reference to customers, not the page's own branding.",
        corpus.document(s, "Tallyfold - reconciliation for finance teams", main, r=r, header=header), files)


README = """# Labelled pages with image files

{total} pages whose verdict depends on their images ({lawful} lawful, {misuse} misuse): a sign-in kit whose only brand
cue is a copied logo image, a kit that copies a brand's favicon byte for byte, a retailer's product list carrying the
maker's logo, and a wall of customer logos beside a product's own sign-up form. Each `NAME.html` has a `NAME.label`
(the format of `samples/pages/README.md`) and a folder `NAME.files/` with the files its host serves at the paths the
page links (icons, logos, product pictures). `marks.json` is the portfolio of `samples/pages` with reference logos and
favicons (`marks/`) for five marks.

The images are drawn by `generate.py` in plain Python; they stand in for the brands' artwork. A kit's copy of a logo
is the same drawing at another size with the noise a recompression leaves; the favicon copy is the reference file
itself; the logo wall serves the reference files unchanged. `python3 samples/pages/visual/generate.py` rewrites the
same files.

The pages are screened as content screening screens a new domain: dnsmasq answers each page's host with 127.0.0.1, a
loopback site serves the page at `/` and its files, and the Worker's content screener fetches the page, its icons and
logo-like images, and analyses them against `marks.json`
(`tests/BrandWatch.Worker.Tests/Content/VisualCorpusTests.cs`, which also publishes the table in `docs/quality.md`).

## Pages

"""


def main():
    marks, reference_files = portfolio()
    pages(reference_files)
    for entry in os.listdir(HERE):
        path = os.path.join(HERE, entry)
        if entry.endswith((".html", ".label")):
            os.remove(path)
        elif entry.endswith(".files") or entry == "marks":
            shutil.rmtree(path)
    with open(os.path.join(HERE, "marks.json"), "w", encoding="utf-8") as out:
        out.write(marks)
    for relative, data in reference_files.items():
        os.makedirs(os.path.dirname(os.path.join(HERE, relative)), exist_ok=True)
        with open(os.path.join(HERE, relative), "wb") as out:
            out.write(data)
    for name, verdict, url, expected, conclusion, html, files in PAGES:
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as out:
            out.write(html)
        with open(os.path.join(HERE, name + ".label"), "w", encoding="utf-8") as out:
            out.write(f"{verdict} | {url} | {expected} | {conclusion}\n")
        for relative, data in files.items():
            path = os.path.join(HERE, name + ".files", relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as out:
                out.write(data)
    rows = [f"| `{name}` | {verdict} | `{url}` | {expected} | {conclusion} |" for name, verdict, url, expected, conclusion, _, _ in sorted(PAGES)]
    lawful = sum(1 for p in PAGES if p[1] == "lawful")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as out:
        out.write(README.format(total=len(PAGES), lawful=lawful, misuse=len(PAGES) - lawful))
        out.write("| page | verdict | as if at | expected | conclusion |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    print(f"{len(PAGES)} pages written to {HERE}")


if __name__ == "__main__":
    main()
