#!/usr/bin/env python3
"""Writes the labelled page corpus of samples/pages/ (README.md there explains it).

Each page is built from the patterns of real sites of its kind: a document head with external style sheets,
preloads, analytics and consent scripts, inline critical CSS and JSON-LD; a header with the site's own logo and
navigation; a nested main layout; a footer of link columns. The page-specific part (a login box, a checkout, an
article, a kit imitating a brand) sits inside that. The text is generated from a fixed seed, so running the
script again writes the same files: `python3 samples/pages/generate.py`.

Every page gets a one-line label file NAME.label:

    verdict | url | expected | conclusion

verdict    lawful or misuse
url        the address the page is analysed as if fetched from
expected   the exact set of misuse findings (criterion:mark, space separated) the analyser must report for
           the criteria U1, U4, A8, A9, A10, A11, A12; "-" for none (every lawful page)
conclusion what a lawyer would conclude, in one sentence
"""
import hashlib
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

WORDS = (
    "account team weekly project river garden season market order report member service city local house "
    "evening morning update guide plan course price support travel history product design story event "
    "community library result system question answer detail people office school family music light road "
    "water paper table window street studio camera island winter summer harbour valley village north south "
    "early later simple better careful quiet common modern public private second final useful several "
    "workshop kitchen recipe journey program feature release version review schedule booking ticket delivery "
    "customer partner volunteer council meeting budget museum gallery festival theatre concert match league "
    "coach training bicycle engine battery charger printer monitor keyboard speaker headphone cable router "
    "network server storage backup archive folder document invoice receipt payment refund contract policy "
    "weather forecast rain cloud wind sunshine coast mountain forest meadow bridge tower castle cathedral"
).split()

VERBS = ("brings shows offers keeps makes covers explains shares follows opens builds changes improves "
         "supports includes describes collects compares measures reaches").split()


def rng_for(name):
    return random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))


def sentence(r):
    n = r.randint(8, 18)
    words = [r.choice(WORDS) for _ in range(n)]
    words.insert(r.randint(2, n - 2), r.choice(VERBS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + r.choice([".", ".", ".", "?"])


def paragraph(r, sentences=None):
    return " ".join(sentence(r) for _ in range(sentences or r.randint(3, 7)))


def paragraphs(r, count, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{paragraph(r)}</p>" for _ in range(count))


def critical_css(r, brand_colour):
    """Inline critical CSS of the size real templates ship (a few KB of utility rules)."""
    rules = [
        f":root{{--brand:{brand_colour};--ink:#1d2330;--muted:#5b6475;--bg:#ffffff;--radius:6px}}",
        "*,*::before,*::after{box-sizing:border-box}",
        "html{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5}",
        "body{margin:0;color:var(--ink);background:var(--bg)}",
        ".container{max-width:1180px;margin:0 auto;padding:0 20px}",
        ".site-header{border-bottom:1px solid #e6e8ee;background:#fff}",
        ".site-header .container{display:flex;align-items:center;justify-content:space-between;height:64px}",
        ".main-nav ul{display:flex;gap:24px;list-style:none;margin:0;padding:0}",
        ".main-nav a{color:var(--ink);text-decoration:none;font-weight:500}",
        ".btn{display:inline-flex;align-items:center;gap:8px;padding:10px 16px;border-radius:var(--radius);border:1px solid #d5d9e2;background:#fff;cursor:pointer}",
        ".btn-primary{background:var(--brand);border-color:var(--brand);color:#fff}",
        ".site-footer{background:#f5f6f8;margin-top:48px;padding:40px 0;font-size:14px;color:var(--muted)}",
        ".footer-cols{display:grid;grid-template-columns:repeat(4,1fr);gap:24px}",
        ".visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}",
    ]
    for i in range(r.randint(120, 260)):
        rules.append(f".u-{r.choice(WORDS)}-{i}{{margin:{r.randint(0, 32)}px {r.randint(0, 24)}px;padding:{r.randint(0, 16)}px;"
                     f"font-size:{r.choice([12, 13, 14, 15, 16, 18, 20, 24])}px;color:#{r.randint(0, 0xffffff):06x}}}")
    return "\n".join(rules)


def nav_links(r, count=6):
    items = [r.choice(WORDS).capitalize() for _ in range(count)]
    return "\n".join(f'<li><a href="/{w.lower()}/">{w}</a></li>' for w in items)


def footer(site, r, extra=""):
    cols = []
    for heading in ("Company", "Help", "Resources", "Legal"):
        links = "\n".join(f'<li><a href="/{heading.lower()}/{r.choice(WORDS)}-{i}">{r.choice(WORDS).capitalize()} {r.choice(WORDS)}</a></li>'
                          for i in range(r.randint(5, 9)))
        cols.append(f'<div class="footer-col"><h4>{heading}</h4><ul>{links}</ul></div>')
    return f"""<footer class="site-footer" role="contentinfo">
  <div class="container">
    <div class="footer-cols">
{chr(10).join(cols)}
    </div>
    {extra}
    <div class="footer-bottom"><p>&copy; 2026 {site['name']}. All rights reserved.</p>
      <ul class="legal-links"><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/cookies">Cookie settings</a></li></ul>
    </div>
  </div>
</footer>"""


def svg_sprite(r):
    symbols = []
    for name in ("search", "menu", "close", "cart", "user", "arrow", "check", "star", "mail", "phone", "pin", "share"):
        d = " ".join(f"M{r.randint(0, 24)} {r.randint(0, 24)}l{r.randint(-9, 9)} {r.randint(-9, 9)}c{r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)}" for _ in range(r.randint(6, 14)))
        symbols.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">' + "".join(symbols) + "</svg>"


def mega_menu(r):
    groups = []
    for g in range(r.randint(4, 7)):
        links = "".join(f'<li><a href="/{r.choice(WORDS)}/{r.choice(WORDS)}-{i}">{r.choice(WORDS).capitalize()} {r.choice(WORDS)}</a></li>' for i in range(r.randint(6, 12)))
        groups.append(f'<div class="mega-col"><h5>{r.choice(WORDS).capitalize()}</h5><ul>{links}</ul></div>')
    return '<div class="mega-menu" hidden>' + "".join(groups) + "</div>"


def state_script(r, size):
    """The serialised page state that server-rendered apps inline for hydration."""
    items = []
    while sum(len(i) for i in items) < size:
        items.append('{"id":%d,"slug":"%s-%s","title":"%s","tags":["%s","%s"],"score":%d,"updated":"2026-%02d-%02dT%02d:%02d:00Z"}' % (
            r.randint(1000, 99999), r.choice(WORDS), r.choice(WORDS), sentence(r)[:48].replace('"', ''), r.choice(WORDS), r.choice(WORDS),
            r.randint(0, 500), r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)))
    return '<script id="__STATE__" type="application/json">{"items":[' + ",".join(items) + ']}</script>'


def bundle_script(r, size):
    """A chunk of inline application code of realistic size."""
    lines = []
    while sum(len(l) for l in lines) < size:
        a, b = r.choice(WORDS), r.choice(WORDS)
        lines.append(f"function {a}_{b}_{len(lines)}(e,t){{var n=e&&e.{a}||{{}};if(!n.{b})return t;for(var i=0;i<n.{b}.length;i++){{t=t+n.{b}[i]*{r.randint(2, 97)}}}return t}}")
    return "<script>\n" + ";".join(lines) + "\n</script>"


def cookie_banner():
    return """<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite" hidden>
  <p>We use cookies to remember your settings and to measure how the site is used. You can change your choice at any time.</p>
  <button class="btn" data-consent="reject">Reject</button> <button class="btn btn-primary" data-consent="accept">Accept</button>
</div>"""


def document(site, title, main, *, r, head_extra="", favicon=None, header=None, footer_extra="", body_class="",
             scripts_extra="", lang="en", chrome=True):
    host = site["host"]
    slug = site["slug"]
    favicon = favicon if favicon is not None else f'<link rel="icon" href="/favicon.ico" sizes="32x32"><link rel="icon" href="/assets/img/{slug}-icon.svg" type="image/svg+xml">'
    header = header if header is not None else f"""<header class="site-header">
  <div class="container">
    <a class="site-logo" href="/" aria-label="{site['name']} home"><img src="/assets/img/{slug}-logo.svg" alt="{site['name']}" width="148" height="32"></a>
    <nav class="main-nav" aria-label="Main"><ul>
{nav_links(r)}
    </ul></nav>
    <div class="header-actions"><a class="btn" href="/search" aria-label="Search">Search</a></div>
  </div>
  {mega_menu(r)}
</header>"""
    ld = f'{{"@context":"https://schema.org","@type":"WebSite","name":"{site["name"]}","url":"https://{host}/"}}'
    body_chrome_top = header if chrome else ""
    body_chrome_bottom = (footer(site, r, footer_extra) + "\n" + cookie_banner()) if chrome else footer_extra
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{favicon}
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="/assets/css/app.{hashlib.md5(slug.encode()).hexdigest()[:8]}.css">
<link rel="stylesheet" href="/assets/css/print.css" media="print">
<link rel="preload" href="/assets/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>
<style>
{critical_css(r, site.get('colour', '#2b59c3'))}
</style>
<script type="application/ld+json">{ld}</script>
<script src="/assets/js/vendor.{hashlib.md5((slug + 'v').encode()).hexdigest()[:8]}.js" defer></script>
<script src="/assets/js/app.{hashlib.md5((slug + 'a').encode()).hexdigest()[:8]}.js" defer></script>
<script async src="https://plausible.io/js/script.js" data-domain="{host}"></script>
{head_extra}
</head>
<body class="{body_class}">
{svg_sprite(r)}
<a class="visually-hidden" href="#main">Skip to content</a>
{body_chrome_top}
<main id="main">
{main}
</main>
{body_chrome_bottom}
<script>
  window.dataLayer = window.dataLayer || [];
  function track(){{ dataLayer.push(arguments); }}
  document.querySelectorAll('[data-consent]').forEach(function (b) {{
    b.addEventListener('click', function () {{ document.getElementById('cookie-consent').hidden = true; }});
  }});
</script>
{state_script(r, r.randint(15000, 60000)) if chrome else ""}
{bundle_script(r, r.randint(8000, 30000)) if chrome else ""}
{scripts_extra}
</body>
</html>
"""


def site(name, host, colour="#2b59c3"):
    slug = "".join(c for c in name.lower() if c.isalnum())[:24]
    return {"name": name, "host": host, "slug": slug, "colour": colour}


def sidebar(r, items=5):
    links = "\n".join(f'<li><a href="/posts/{r.choice(WORDS)}-{r.choice(WORDS)}-{i}">{sentence(r)[:60]}</a></li>' for i in range(items))
    return f'<aside class="sidebar col-4"><section class="widget"><h3>Popular</h3><ul>{links}</ul></section></aside>'


def ad_slot(r, n):
    return f"""<div class="ad-slot ad-{n}"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{r.randint(10**15, 10**16 - 1)}" data-ad-slot="{r.randint(10**9, 10**10 - 1)}"></ins>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script></div>"""


def article(r, headline, lead, body_paras=8, inserts=(), sidebar_items=6, byline=True):
    parts = [f'<p class="lead">{lead}</p>']
    paras = [f"<p>{paragraph(r)}</p>" for _ in range(body_paras)]
    for position, html in inserts:
        paras.insert(min(position, len(paras)), html)
    parts.extend(paras)
    by = f'<div class="byline">By <a href="/authors/{r.choice(WORDS)}">{r.choice(WORDS).capitalize()} {r.choice(WORDS).capitalize()}</a> &middot; <time datetime="2026-11-{r.randint(10, 28)}">November {r.randint(10, 28)}, 2026</time></div>' if byline else ""
    return f"""<div class="container"><div class="row">
<article class="post col-8">
  <header class="post-header"><h1>{headline}</h1>{by}</header>
  <div class="post-body">
{chr(10).join(parts)}
  </div>
</article>
{sidebar(r, sidebar_items)}
</div></div>"""


PAGES = []


def add(name, verdict, url, expected, conclusion, html):
    PAGES.append((name, verdict, url, expected, conclusion, html))


def oauth(provider, r):
    cid = hashlib.md5((provider + str(r.random())).encode()).hexdigest()
    return {
        "google": f"https://accounts.google.com/o/oauth2/v2/auth?client_id={cid}.apps.googleusercontent.com&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Fgoogle%2Fcallback&amp;response_type=code&amp;scope=openid%20email%20profile&amp;state={cid[:16]}",
        "facebook": f"https://www.facebook.com/v19.0/dialog/oauth?client_id={r.randint(10**14, 10**15)}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Ffacebook%2Fcallback&amp;state={cid[:16]}&amp;scope=email",
        "microsoft": f"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id={cid[:8]}-{cid[8:12]}-{cid[12:16]}-{cid[16:20]}-{cid[20:32]}&amp;response_type=code&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fsignin-oidc&amp;scope=openid+profile+email&amp;response_mode=form_post",
        "github": f"https://github.com/login/oauth/authorize?client_id={cid[:20]}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fuser%2Foauth2%2Fgithub%2Fcallback&amp;scope=read%3Auser+user%3Aemail&amp;state={cid[:12]}",
        "gitlab": f"https://gitlab.com/oauth/authorize?client_id={cid}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fuser%2Foauth2%2Fgitlab%2Fcallback&amp;response_type=code&amp;scope=read_user",
        "apple": f"https://appleid.apple.com/auth/authorize?client_id=com.{cid[:6]}.web&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Fapple&amp;response_type=code%20id_token&amp;scope=name%20email&amp;response_mode=form_post",
        "linkedin": f"https://www.linkedin.com/oauth/v2/authorization?response_type=code&amp;client_id={cid[:14]}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Flinkedin&amp;scope=openid%20profile%20email",
        "twitter": f"https://twitter.com/i/oauth2/authorize?response_type=code&amp;client_id={cid[:22]}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Ftwitter&amp;scope=users.read&amp;state={cid[:10]}&amp;code_challenge=challenge&amp;code_challenge_method=plain",
        "okta": f"https://{{tenant}}.okta.com/oauth2/v1/authorize?client_id={cid[:20]}&amp;response_type=code&amp;scope=openid%20profile&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauthorization-code%2Fcallback&amp;state={cid[:8]}",
        "slack": f"https://slack.com/openid/connect/authorize?response_type=code&amp;scope=openid%20profile%20email&amp;client_id={r.randint(10**11, 10**12)}.{r.randint(10**11, 10**12)}&amp;redirect_uri=https%3A%2F%2F{{host}}%2Fauth%2Fslack",
    }[provider]


LABELS = {"google": "Google", "facebook": "Facebook", "microsoft": "Microsoft", "github": "GitHub", "gitlab": "GitLab",
          "apple": "Apple", "linkedin": "LinkedIn", "twitter": "Twitter", "okta": "Okta", "slack": "Slack"}


def sso_buttons(providers, r, host, verb="Continue with", tenant="acme"):
    out = []
    for p in providers:
        href = oauth(p, r).replace("{host}", host).replace("{tenant}", tenant)
        out.append(f'<a class="btn btn-sso btn-{p}" href="{href}" rel="nofollow"><img src="/assets/img/sso/{p}.svg" alt="" width="18" height="18"><span>{verb} {LABELS[p]}</span></a>')
    return '<div class="sso-buttons" role="group" aria-label="Other ways to sign in">\n' + "\n".join(out) + "\n</div>"


def login_form(action, user_label="Email address", extra_fields="", remember=True, submit="Sign in", cls="login-form"):
    rem = '<label class="check"><input type="checkbox" name="remember" value="1"> Keep me signed in</label>' if remember else ""
    return f"""<form class="{cls}" method="post" action="{action}" autocomplete="on">
  <input type="hidden" name="csrf_token" value="{hashlib.md5(action.encode()).hexdigest()}">
  <div class="field"><label for="login-user">{user_label}</label><input id="login-user" type="email" name="email" autocomplete="username" required></div>
  <div class="field"><label for="login-pass">Password</label><input id="login-pass" type="password" name="password" autocomplete="current-password" required></div>
  {extra_fields}
  <div class="field-row">{rem}<a href="/account/forgot-password">Forgot password?</a></div>
  <button class="btn btn-primary" type="submit">{submit}</button>
</form>"""


def card_form(action, heading="Payment details", submit="Pay now"):
    return f"""<form class="payment-form" method="post" action="{action}">
  <h3>{heading}</h3>
  <div class="field"><label for="cc-name">Name on card</label><input id="cc-name" name="cc-name" autocomplete="cc-name"></div>
  <div class="field"><label for="cc-number">Card number</label><input id="cc-number" name="cardnumber" autocomplete="cc-number" inputmode="numeric" placeholder="1234 1234 1234 1234"></div>
  <div class="field-row"><div class="field"><label for="cc-exp">Expiry</label><input id="cc-exp" name="cc-exp" autocomplete="cc-exp" placeholder="MM / YY"></div>
  <div class="field"><label for="cc-csc">Security code</label><input id="cc-csc" name="cvc" autocomplete="cc-csc" placeholder="CVC"></div></div>
  <button class="btn btn-primary" type="submit">{submit}</button>
</form>"""


def we_accept(marks=("visa", "mastercard", "paypal", "apple")):
    names = {"visa": "Visa", "mastercard": "Mastercard", "paypal": "PayPal", "apple": "Apple Pay", "google": "Google Pay", "amex": "American Express"}
    imgs = "".join(f'<li><img src="/assets/img/payments/{m}.svg" alt="{names[m]}" width="38" height="24" loading="lazy"></li>' for m in marks)
    return f'<div class="payment-methods"><span>We accept</span><ul class="payment-icons">{imgs}</ul></div>'


# ---------------------------------------------------------------------------------------------------------------
# Lawful pages
# ---------------------------------------------------------------------------------------------------------------

def lawful_pages():
    # 1 Forum login with social sign-in
    r = rng_for("forum-login-social")
    s = site("Riverbend Anglers", "forum.riverbend-anglers.example", "#1f7a4d")
    main = f"""<div class="container narrow"><div class="auth-card">
<h1>Log in to Riverbend Anglers</h1>
<p class="muted">Welcome back. Catch reports, tackle swaps and the club calendar are waiting.</p>
{sso_buttons(["google", "facebook"], r, s["host"])}
<div class="divider"><span>or</span></div>
{login_form("/session", "Username or email")}
<p class="switch">New here? <a href="/signup">Create an account</a></p>
</div>
<section class="community-info"><h2>About the forum</h2>{paragraphs(r, 3)}</section></div>"""
    add("lawful-forum-login-social-buttons", "lawful", f"https://{s['host']}/login", "-",
        "A forum's own login form with Google and Facebook sign-in buttons: the providers' sign-in services used as intended, nothing imitated.",
        document(s, "Log in - Riverbend Anglers", main, r=r))

    # 2 Shop checkout with PayPal button and badges
    r = rng_for("shop-checkout-paypal")
    s = site("Hollow Oak Candles", "shop.hollowoakcandles.example", "#8a4b2a")
    items = "".join(f'<tr><td>{w.capitalize()} candle, 220 g</td><td>1</td><td>£{r.randint(12, 30)}.{r.randint(0, 99):02d}</td></tr>' for w in r.sample(WORDS, 3))
    main = f"""<div class="container checkout"><div class="row">
<section class="col-7"><h1>Checkout</h1>
<div class="express-checkout"><p>Express checkout</p>
<a class="btn btn-paypal" href="https://www.paypal.com/checkoutnow?token=EC-{r.randint(10**16, 10**17)}&amp;useraction=commit" aria-label="Check out with PayPal"><img src="/assets/img/payments/paypal-wordmark.svg" alt="PayPal" width="80" height="20"> Check out with PayPal</a></div>
<div class="divider"><span>or pay by card</span></div>
{card_form("/checkout/pay", "Card details", "Pay £48.20")}
</section>
<aside class="col-5 order-summary"><h2>Your order</h2><table class="summary"><tbody>{items}</tbody></table><p>Free UK delivery over £40.</p></aside>
</div></div>"""
    add("lawful-shop-checkout-paypal-button", "lawful", f"https://{s['host']}/checkout", "-",
        "A shop's own checkout offering a PayPal express-checkout button and accepted-card badges: the payment service used as intended.",
        document(s, "Checkout - Hollow Oak Candles", main, r=r, footer_extra=we_accept()))

    # 3 Product login with Microsoft and GitHub
    r = rng_for("saas-login-ms-github")
    s = site("Tallyframe", "app.tallyframe.example", "#5a3fd1")
    main = f"""<div class="auth-layout"><div class="auth-panel">
<img class="auth-logo" src="/static/brand/tallyframe-mark.svg" alt="Tallyframe" width="40" height="40">
<h1>Sign in to Tallyframe</h1>
{sso_buttons(["microsoft", "github"], r, s["host"], "Sign in with")}
<div class="divider"><span>or use your email</span></div>
{login_form("/api/auth/login", "Work email")}
<p class="sso-note">Using single sign-on? <a href="/sso">Sign in with SSO</a></p>
</div><div class="auth-aside"><blockquote>{paragraph(r, 2)}</blockquote></div></div>"""
    add("lawful-saas-login-microsoft-github", "lawful", f"https://{s['host']}/login", "-",
        "A product's own login page with Sign in with Microsoft and GitHub buttons that start the providers' OAuth flows: lawful use of their services.",
        document(s, "Sign in | Tallyframe", main, r=r))

    # 4 WordPress login of a self-hosted blog
    r = rng_for("wp-login")
    s = site("Greenfield Parish News", "greenfieldparish.example", "#2271b1")
    main = f"""<div id="login">
<h1><a href="https://wordpress.org/">Powered by WordPress</a></h1>
<form name="loginform" id="loginform" action="https://greenfieldparish.example/wp-login.php" method="post">
<p><label for="user_login">Username or Email Address</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required></p>
<div class="user-pass-wrap"><label for="user_pass">Password</label><div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required>
<button type="button" class="button button-secondary wp-hide-pw hide-if-no-js" data-toggle="0" aria-label="Show password"><span class="dashicons dashicons-visibility" aria-hidden="true"></span></button></div></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"> <label for="rememberme">Remember Me</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Log In"><input type="hidden" name="redirect_to" value="https://greenfieldparish.example/wp-admin/"><input type="hidden" name="testcookie" value="1"></p>
</form>
<p id="nav"><a href="https://greenfieldparish.example/wp-login.php?action=lostpassword">Lost your password?</a></p>
<p id="backtoblog"><a href="https://greenfieldparish.example/">&larr; Go to Greenfield Parish News</a></p>
</div>"""
    head = """<link rel='stylesheet' id='dashicons-css' href='https://greenfieldparish.example/wp-includes/css/dashicons.min.css?ver=6.7.1' media='all'>
<link rel='stylesheet' id='login-css' href='https://greenfieldparish.example/wp-admin/css/login.min.css?ver=6.7.1' media='all'>
<style>.login h1 a{background-image:url(https://greenfieldparish.example/wp-admin/images/wordpress-logo.svg?ver=20131107);background-size:84px;width:84px;height:84px;text-indent:-9999px;overflow:hidden;display:block;margin:0 auto 25px}</style>
<meta name='robots' content='max-image-preview:large, noindex, noarchive'>"""
    add("lawful-wordpress-login-self-hosted", "lawful", "https://greenfieldparish.example/wp-login.php", "-",
        "The standard login screen of a self-hosted WordPress blog, crediting the platform and linking to wordpress.org: a platform credit, nominative.",
        document(s, "Log In &lsaquo; Greenfield Parish News &#8212; WordPress", main, r=r, head_extra=head, chrome=False, body_class="login no-js login-action-login wp-core-ui",
                 favicon='<link rel="icon" href="https://greenfieldparish.example/wp-content/uploads/2024/02/cropped-church-32x32.png" sizes="32x32">'))

    # 5 Forgejo-like login of a product not in the portfolio
    r = rng_for("forge-login")
    s = site("Codeberry Forge", "git.codeberry.example", "#c0392b")
    main = f"""<div class="page-content user signin"><div class="ui middle very relaxed page grid"><div class="column">
<h4 class="ui top attached header center">Sign in</h4>
<div class="ui attached segment">
<form class="ui form" action="/user/login" method="post">
<input type="hidden" name="_csrf" value="{hashlib.md5(b'forge').hexdigest()}">
<div class="required field"><label for="user_name">Username or email address</label><input id="user_name" type="text" name="user_name" autofocus required></div>
<div class="required field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
<div class="inline field"><div class="ui checkbox"><label>Remember this device</label><input name="remember" type="checkbox"></div></div>
<button class="ui primary button">Sign in</button> <a href="/user/forgot_password">Forgot password?</a>
</form>
<div class="divider divider-text">Or</div>
<div id="oauth2-login-navigator" class="gt-df gt-sb">
{sso_buttons(["github", "gitlab", "google"], r, s["host"], "Sign in with")}
</div></div></div></div></div>"""
    add("lawful-forge-login-github-gitlab", "lawful", f"https://{s['host']}/user/login", "-",
        "A self-hosted code forge's own sign-in page with GitHub, GitLab and Google OAuth buttons: the providers' services used as intended.",
        document(s, "Sign in - Codeberry Forge", main, r=r))

    # 6 Enterprise SSO only (Okta, Microsoft), no password form
    r = rng_for("intranet-sso")
    s = site("Northwind Logistics Intranet", "intranet.northwind-logistics.example", "#0b5394")
    main = f"""<div class="container narrow"><div class="sso-only">
<h1>Northwind staff portal</h1><p>Sign in with your company account. Contractors use the partner directory.</p>
{sso_buttons(["okta", "microsoft"], r, s["host"], "Sign in with", tenant="northwind")}
<p class="help">Trouble signing in? Call the service desk on extension 4400.</p></div>
<section>{paragraphs(r, 2)}</section></div>"""
    add("lawful-intranet-enterprise-sso", "lawful", f"https://{s['host']}/", "-",
        "An intranet that signs staff in through Okta and Microsoft single sign-on only: enterprise identity providers used as intended.",
        document(s, "Northwind staff portal", main, r=r))

    # 7 News about Microsoft
    r = rng_for("news-microsoft")
    s = site("The Ledger Review", "www.ledger-review.example", "#111111")
    head = """<meta name="description" content="Microsoft reported higher cloud revenue on Tuesday, beating analysts' forecasts for the third quarter running.">
<meta property="og:type" content="article"><meta property="og:title" content="Microsoft cloud revenue beats forecasts again">
<meta property="og:description" content="Microsoft reported higher cloud revenue on Tuesday."><meta name="twitter:card" content="summary_large_image">
<meta name="news_keywords" content="Microsoft, cloud, earnings, technology">"""
    ins = [(2, '<figure><img src="/media/2026/11/campus-redmond.jpg" alt="Microsoft headquarters campus in spring" width="1200" height="675"><figcaption>The company campus. Photo: Ledger staff.</figcaption></figure>'),
           (4, f"<p>Microsoft said demand for its cloud services grew faster than expected. {paragraph(r, 3)}</p>"),
           (7, f"<p>Analysts said Microsoft would keep spending on data centres. {paragraph(r, 2)}</p>")]
    main = article(r, "Microsoft cloud revenue beats forecasts again", "Microsoft reported higher cloud revenue on Tuesday, beating forecasts for the third quarter running.", 10, ins)
    add("lawful-news-microsoft-earnings", "lawful", "https://www.ledger-review.example/business/2026/11/microsoft-cloud-revenue", "-",
        "A news article whose headline, description and Open Graph tags name Microsoft as its subject: editorial nominative use, not burying.",
        document(s, "Microsoft cloud revenue beats forecasts again | The Ledger Review", main, r=r, head_extra=head))

    # 8 News about PayPal with ads and a text link
    r = rng_for("news-paypal")
    s = site("Fintech Daily", "fintechdaily.example", "#0a7cff")
    head = """<meta name="description" content="PayPal is cutting fees for small sellers in Europe, the payments company said.">
<meta property="og:title" content="PayPal cuts fees for small European sellers"><meta name="keywords" content="PayPal, payments, fees, Europe">"""
    ins = [(1, ad_slot(r, 1)), (3, f'<p>The company published the new rates on <a href="https://www.paypal.com/us/business/pricing">its pricing page</a>, the official site says. {paragraph(r, 2)}</p>'),
           (5, f"<p>PayPal said the change applies from January. {paragraph(r, 3)}</p>"), (8, ad_slot(r, 2))]
    main = article(r, "PayPal cuts fees for small European sellers", "PayPal is cutting fees for small sellers in Europe, the payments company said on Monday.", 9, ins)
    add("lawful-news-paypal-fees-with-ads", "lawful", "https://fintechdaily.example/2026/11/paypal-cuts-fees", "-",
        "A news article naming PayPal in its title and metadata, with an attributed text link to PayPal's pricing page and ad slots: editorial use and lawful linking.",
        document(s, "PayPal cuts fees for small European sellers - Fintech Daily", main, r=r, head_extra=head))

    # 9 Product review Samsung
    r = rng_for("review-samsung")
    s = site("Gadget Bench", "gadgetbench.example", "#e63946")
    head = """<meta name="description" content="Our Samsung Galaxy S26 review: a brighter screen, a longer battery and a camera that finally keeps up.">
<meta property="og:title" content="Samsung Galaxy S26 review"><meta property="og:image" content="https://gadgetbench.example/media/galaxy-s26-hero.jpg">"""
    ins = [(0, '<div class="rating-box"><strong>Our verdict:</strong> 4 stars. <ul class="pros"><li>Bright screen</li><li>Battery life</li></ul><ul class="cons"><li>Slow charging</li></ul></div>'),
           (2, '<figure><img src="/media/galaxy-s26-back.jpg" alt="Samsung Galaxy S26 from the back" width="960" height="640"></figure>'),
           (3, f"<h2>Samsung's camera, tested</h2><p>We tested the Samsung camera in low light. {paragraph(r, 3)}</p>"),
           (6, f"<h2>Pros and cons</h2><p>{paragraph(r, 3)} The Samsung phone is rated well overall.</p>")]
    main = article(r, "Samsung Galaxy S26 review: the best screen of the year", "We reviewed the Samsung Galaxy S26 for two weeks.", 10, ins)
    add("lawful-review-samsung-phone", "lawful", "https://gadgetbench.example/reviews/samsung-galaxy-s26", "-",
        "A product review naming Samsung in its title, description and image alt text, with a verdict, pros and cons: nominative review use.",
        document(s, "Samsung Galaxy S26 review: the best screen of the year | Gadget Bench", main, r=r, head_extra=head))

    # 10 Review of Netflix
    r = rng_for("review-netflix")
    s = site("Streamwise", "streamwise.example", "#222")
    head = '<meta name="description" content="Is Netflix still worth it? We compared its plans, catalogue and prices with the other services.">'
    ins = [(1, f"<h2>Netflix plans and prices compared</h2><p>Netflix now offers three plans. {paragraph(r, 3)}</p>"),
           (3, '<table class="comparison"><thead><tr><th>Service</th><th>Basic</th><th>Premium</th></tr></thead><tbody><tr><td>Netflix</td><td>$7.99</td><td>$24.99</td></tr><tr><td>Riverstream</td><td>$6.99</td><td>$17.99</td></tr></tbody></table>'),
           (5, f"<h2>Our verdict</h2><p>{paragraph(r, 2)} Netflix is rated 4 out of 5 by our reviewers.</p>")]
    main = article(r, "Netflix review 2026: is it still worth it?", "We tested Netflix against four other streaming services.", 9, ins)
    add("lawful-review-netflix-comparison", "lawful", "https://streamwise.example/reviews/netflix", "-",
        "A review and price comparison of Netflix against other services: editorial use naming the mark in title and text.",
        document(s, "Netflix review 2026: is it still worth it? - Streamwise", main, r=r, head_extra=head))

    # 11 Cloud storage comparison with logos and affiliate links
    r = rng_for("compare-storage")
    s = site("Which Cloud", "whichcloud.example", "#3a86ff")
    rows = []
    for mid, name, href in [("dropbox", "Dropbox", "https://www.dropbox.com/plans?ref=whichcloud"), ("google", "Google Drive", "https://one.google.com/about/plans"),
                            ("microsoft", "Microsoft OneDrive", "https://www.microsoft.com/en-gb/microsoft-365/onedrive/compare-onedrive-plans")]:
        rows.append(f'<tr><td class="provider"><img src="/img/logos/{mid}-logo.svg" alt="{name} logo" width="96" height="28" loading="lazy"><span>{name}</span></td>'
                    f'<td>2 TB</td><td>${r.randint(8, 12)}.99</td><td><a class="btn" href="{href}" rel="sponsored noopener" target="_blank">See plans</a></td></tr>')
    main = f"""<div class="container"><h1>Best cloud storage in 2026: Dropbox vs Google Drive vs OneDrive</h1>
<p class="disclosure">We may earn a commission when you buy through links on this page. Our reviews are independent.</p>
<table class="comparison-table"><thead><tr><th>Provider</th><th>Storage</th><th>Price per month</th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<h2>How we tested</h2>{paragraphs(r, 3)}<h2>Dropbox</h2><p>Dropbox syncs fastest in our tests. {paragraph(r)}</p>
<h2>Google Drive</h2><p>Google Drive comes with the most free storage. {paragraph(r)}</p><h2>Microsoft OneDrive</h2><p>Microsoft bundles OneDrive with its office apps. {paragraph(r)}</p>{paragraphs(r, 2)}</div>"""
    head = '<meta name="description" content="Dropbox, Google Drive and Microsoft OneDrive compared on price, speed and privacy.">'
    add("lawful-comparison-cloud-storage-logos", "lawful", "https://whichcloud.example/best-cloud-storage", "-",
        "A comparison site with the providers' logos in a comparison table and affiliate links to their plan pages, no ads: comparative nominative use and lawful linking.",
        document(s, "Best cloud storage 2026: Dropbox vs Google Drive vs OneDrive", main, r=r, head_extra=head))

    # 12 Repair price list
    r = rng_for("repair-prices")
    s = site("FixPoint Repairs", "fixpoint-repairs.example", "#ff6b00")
    rows = "".join(f"<tr><td>{m}</td><td>{k}</td><td>£{r.randint(39, 189)}</td></tr>" for m, k in
                   [("Apple iPhone 15", "Screen"), ("Apple iPhone 14", "Battery"), ("Samsung Galaxy S24", "Screen"), ("Samsung Galaxy A55", "Charging port"), ("Google Pixel 8", "Back glass")])
    main = f"""<div class="container"><h1>Phone repair prices</h1><p>Same-day repairs for Apple, Samsung and Google phones. Prices include parts and labour.</p>
<table class="prices"><thead><tr><th>Model</th><th>Repair</th><th>Price</th></tr></thead><tbody>{rows}</tbody></table>
<p class="note">FixPoint is an independent repair service and is not affiliated with Apple, Samsung or Google. All trademarks are the property of their respective owners.</p>
<a class="btn btn-primary" href="/book">Book a repair</a>{paragraphs(r, 3)}</div>"""
    head = '<meta name="description" content="Apple, Samsung and Google phone repair prices in Leeds.">'
    add("lawful-repair-price-list", "lawful", "https://fixpoint-repairs.example/prices", "-",
        "An independent repair shop's price list naming the phone makers whose devices it repairs, with a disclaimer: nominative use.",
        document(s, "Apple, Samsung &amp; Google phone repair prices | FixPoint Repairs", main, r=r, head_extra=head))

    # 13 App landing with store badges
    r = rng_for("app-landing")
    s = site("Pocket Herbarium", "pocketherbarium.example", "#2d6a4f")
    main = f"""<section class="hero"><div class="container"><h1>Name any plant in seconds</h1><p>{paragraph(r, 2)}</p>
<div class="store-badges">
<a href="https://apps.apple.com/gb/app/pocket-herbarium/id{r.randint(10**9, 10**10)}"><img src="/img/badges/app-store-badge.svg" alt="Download on the App Store" width="135" height="40"></a>
<a href="https://play.google.com/store/apps/details?id=example.pocketherbarium&amp;hl=en_GB"><img src="/img/badges/google-play-badge.png" alt="Get it on Google Play" width="135" height="40"></a>
</div></div></section>
<section class="features"><div class="container">{paragraphs(r, 4)}</div></section>"""
    add("lawful-app-landing-store-badges", "lawful", "https://pocketherbarium.example/", "-",
        "An app's landing page with App Store and Google Play badges linking to its store listings: the stores' badges used as intended.",
        document(s, "Pocket Herbarium - plant identification app", main, r=r))

    # 14 Restaurant with Google map embed
    r = rng_for("restaurant-map")
    s = site("Trattoria Lume", "trattorialume.example", "#9b2226")
    main = f"""<div class="container"><h1>Find us</h1><div class="row"><div class="col-6"><address>14 Harbour Street<br>Whitby YO21 3PU</address>
<p>Open Tuesday to Sunday, 12:00 to 22:00. Call 01947 600 812 to book.</p></div>
<div class="col-6"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2330.5!2d-0.6147!3d54.4858!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade" title="Map"></iframe>
<p><a href="https://www.google.com/maps/dir/?api=1&amp;destination=Trattoria+Lume+Whitby">Get directions on Google Maps</a></p></div></div>
<h2>Our kitchen</h2>{paragraphs(r, 3)}</div>"""
    add("lawful-restaurant-embedded-map", "lawful", "https://trattorialume.example/contact", "-",
        "A restaurant's contact page with an embedded Google map and a directions link: the owner's embedding service used as intended, not framing.",
        document(s, "Contact - Trattoria Lume", main, r=r))

    # 15 Blog with YouTube embed and watch-on badge
    r = rng_for("blog-youtube")
    s = site("Slow Woodwork", "slowwoodwork.example", "#7f5539")
    vid = "dQ" + hashlib.md5(b"wood").hexdigest()[:9]
    ins = [(1, f'<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/{vid}?rel=0" title="Cutting a dovetail by hand" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>'
                f'<p class="watch-on"><a href="https://www.youtube.com/watch?v={vid}" target="_blank" rel="noopener"><img src="/img/icons/youtube-logo.svg" alt="YouTube" width="72" height="16"> Watch on YouTube</a></p>'),
           (4, '<iframe src="https://www.youtube.com/embed/videoseries?list=PL9a8f7e6d5c4b3a2" width="560" height="315" title="Playlist" allowfullscreen></iframe>')]
    main = article(r, "Cutting a hand dovetail, step by step", "The video below shows the whole joint from marking to glue-up.", 8, ins)
    add("lawful-blog-youtube-embed", "lawful", "https://slowwoodwork.example/posts/hand-dovetail", "-",
        "A blog post embedding YouTube videos through the embed player with a Watch on YouTube badge: the owner's embedding and linking service used as intended.",
        document(s, "Cutting a hand dovetail, step by step - Slow Woodwork", main, r=r))

    # 16 Recipe blog with share buttons and ads
    r = rng_for("recipe-share")
    s = site("Crumb and Spoon", "crumbandspoon.example", "#e76f51")
    url = "https%3A%2F%2Fcrumbandspoon.example%2Frecipes%2Fbrown-butter-scones"
    share = f"""<div class="share-bar ad-free" aria-label="Share">
<a class="share share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener"><img src="/img/social/facebook.svg" alt="Share on Facebook" width="24" height="24"></a>
<a class="share share-twitter" href="https://twitter.com/intent/tweet?url={url}&amp;text=Brown+butter+scones" target="_blank" rel="noopener"><img src="/img/social/twitter.svg" alt="Share on Twitter" width="24" height="24"></a>
<a class="share share-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener"><img src="/img/social/linkedin.svg" alt="Share on LinkedIn" width="24" height="24"></a></div>"""
    ins = [(0, share), (1, ad_slot(r, 1)), (4, ad_slot(r, 2)), (6, '<div class="recipe-card"><h2>Ingredients</h2><ul><li>250 g flour</li><li>80 g brown butter</li><li>2 tsp baking powder</li></ul></div>')]
    main = article(r, "Brown butter scones", "Nutty, tender and ready in thirty minutes.", 8, ins)
    add("lawful-recipe-share-buttons-ads", "lawful", "https://crumbandspoon.example/recipes/brown-butter-scones", "-",
        "A recipe blog with Facebook, Twitter and LinkedIn share buttons beside its ad slots: share links are the networks' services used as intended, not deep links.",
        document(s, "Brown butter scones - Crumb and Spoon", main, r=r, footer_extra=share.replace("share-bar", "share-bar footer-share")))

    # 17 Authorised Samsung dealer
    r = rng_for("dealer-samsung")
    s = site("Brightline Electronics", "brightline-electronics.example", "#14213d")
    cards = "".join(f'<div class="product-card"><img src="/media/products/samsung-{w}.jpg" alt="Samsung {w.capitalize()} TV" width="320" height="240"><h3>Samsung {w.capitalize()} 55" QLED</h3>'
                    f'<p class="price">£{r.randint(499, 1499)}.00</p><p class="stock">In stock</p><button class="btn btn-primary">Add to basket</button></div>' for w in r.sample(WORDS, 6))
    main = f"""<div class="container"><div class="dealer-banner"><strong>Authorised Samsung dealer</strong> - genuine products with the full manufacturer's warranty.</div>
<h1>Samsung televisions</h1><div class="product-grid">{cards}</div>{paragraphs(r, 2)}
<p class="legal">Samsung is a registered trademark of Samsung Electronics Co., Ltd.</p></div>"""
    add("lawful-authorised-dealer-samsung", "lawful", "https://brightline-electronics.example/brands/samsung/tv", "-",
        "An electronics retailer under its own name selling genuine Samsung televisions with a prominent authorised-dealer statement: lawful resale.",
        document(s, "Samsung TVs | Brightline Electronics", main, r=r, footer_extra=we_accept()))

    # 18 Official Rolex retailer (authorised domain)
    r = rng_for("retailer-rolex")
    s = site("Harrowfield Jewellers", "harrowfieldjewellers.example", "#006039")
    main = f"""<div class="container"><section class="rolex-section"><div class="plaque"><a href="https://www.rolex.com/"><img src="/rolex/plaque/rolex-retailer-plaque.png" alt="Official Rolex Retailer" width="180" height="90"></a></div>
<h1>Rolex at Harrowfield</h1><p>As an official Rolex retailer we are allowed to sell and maintain Rolex watches. {paragraph(r, 3)}</p>
<div class="collection">{''.join(f'<div class="model"><img src="/rolex/watches/m{r.randint(100000, 999999)}.png" alt="Rolex watch" width="240" height="240"><h3>{w.capitalize()}</h3></div>' for w in r.sample(WORDS, 4))}</div>
<p><a class="btn" href="/contact">Book an appointment</a></p></section>{paragraphs(r, 2)}</div>"""
    add("lawful-official-retailer-rolex", "lawful", "https://harrowfieldjewellers.example/rolex", "-",
        "An official Rolex retailer's brand page, on a domain the portfolio lists as authorised: licensed use.",
        document(s, "Rolex | Harrowfield Jewellers, Official Rolex Retailer", main, r=r))

    # 19 Shopify store with platform credit
    r = rng_for("shopify-store")
    s = site("Tidewater Ceramics", "tidewaterceramics.example", "#264653")
    cards = "".join(f'<div class="grid__item"><a href="/products/{w}-mug"><img src="//tidewaterceramics.example/cdn/shop/products/{w}.jpg?v=1" alt="{w.capitalize()} mug" width="400" height="400"></a><h3>{w.capitalize()} mug</h3><span class="price">$ {r.randint(22, 48)}.00</span></div>' for w in r.sample(WORDS, 8))
    main = f"""<div class="page-width"><h1>All products</h1><div class="grid">{cards}</div><button class="btn">Add to cart</button></div>"""
    extra = '<p class="copyright">&copy; 2026, Tidewater Ceramics <a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></p>' + we_accept(("visa", "mastercard", "paypal", "apple"))
    head = '<script src="//tidewaterceramics.example/cdn/shopifycloud/storefront/assets/storefront/load_feature.js" defer></script>'
    add("lawful-shopify-store-powered-by", "lawful", "https://tidewaterceramics.example/collections/all", "-",
        "An independent shop on a hosted platform, crediting it with Powered by Shopify and showing accepted-payment badges: nominative credits.",
        document(s, "All products - Tidewater Ceramics", main, r=r, footer_extra=extra, head_extra=head))

    # 20 WordPress blog home with credit
    r = rng_for("wp-blog-home")
    s = site("Marsh Birding Notes", "marshbirding.example", "#386641")
    posts = "".join(f'<article class="post"><h2><a href="/{2026}/{r.randint(1, 11):02d}/{w}/">{sentence(r)[:50]}</a></h2><div class="entry-summary"><p>{paragraph(r)}</p></div></article>' for w in r.sample(WORDS, 7))
    main = f'<div class="site-content"><div id="primary">{posts}</div></div>'
    extra = '<div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: Twenty Twenty-Four.</div>'
    head = '<meta name="generator" content="WordPress 6.7.1"><link rel="stylesheet" href="https://marshbirding.example/wp-content/themes/twentytwentyfour/style.css?ver=1.2">'
    add("lawful-wordpress-blog-credit", "lawful", "https://marshbirding.example/", "-",
        "A self-hosted blog whose footer says Proudly powered by WordPress: a platform credit.",
        document(s, "Marsh Birding Notes", main, r=r, footer_extra=extra, head_extra=head))

    # 21 Integrations page with partner logos
    r = rng_for("integrations")
    s = site("Shipwright CI", "shipwright-ci.example", "#4361ee")
    cards = "".join(f'<li class="integration-card"><img src="/static/integrations/{m}-logo.svg" alt="{n}" width="48" height="48"><h3>{n}</h3><p>{sentence(r)}</p><a href="/docs/integrations/{m}">Read the guide</a></li>'
                    for m, n in [("github", "GitHub"), ("gitlab", "GitLab"), ("slack", "Slack"), ("google", "Google Cloud"), ("microsoft", "Microsoft Teams"), ("dropbox", "Dropbox")])
    main = f"""<div class="container"><h1>Integrations</h1><p>Connect Shipwright to the tools your team already uses.</p><ul class="integration-grid">{cards}</ul>{paragraphs(r, 2)}</div>"""
    add("lawful-integrations-page-logos", "lawful", "https://shipwright-ci.example/integrations", "-",
        "A product's integrations page with a grid of cards carrying partner logos: identifies compatible services, not the page's own branding.",
        document(s, "Integrations | Shipwright CI", main, r=r))

    # 22 University login mentioning Microsoft 365
    r = rng_for("uni-login")
    s = site("Westmoor University", "login.westmoor.ac.example", "#4b0082")
    main = f"""<div class="container narrow"><h1>Westmoor single sign-on</h1>
<p>Use your university username to reach Moodle, the library, Microsoft 365 email and Zoom lecture recordings.</p>
{login_form("https://login.westmoor.ac.example/idp/profile/SAML2/Redirect/SSO?execution=e1s1", "University username", submit="Login")}
<div class="service-list"><h2>Services you can reach</h2><ul><li>Microsoft 365 (Outlook, Teams, OneDrive)</li><li>Library catalogue</li><li>Student records</li></ul></div>
<p>Never give your password to anyone. IT will never ask for it by email.</p></div>"""
    add("lawful-university-sso-mentions-microsoft", "lawful", "https://login.westmoor.ac.example/idp/profile/SAML2/Redirect/SSO", "-",
        "A university's own single sign-on form that names Microsoft 365 among the services behind it: the university presents itself, not Microsoft.",
        document(s, "Westmoor University - Sign in", main, r=r))

    # 23 Credit union login with card badges
    r = rng_for("credit-union")
    s = site("Harbor Federal Credit Union", "online.harborfcu.example", "#005f73")
    main = f"""<div class="container"><div class="row"><div class="col-5 login-box"><h1>Online banking</h1>{login_form("/auth/login", "Member ID")}</div>
<div class="col-7"><h2>Your Harbor Visa debit card</h2><p>Harbor members get a Visa debit card with contactless payments and Mastercard ID Check-style protection online. {paragraph(r, 2)}</p>
<img src="/img/cards/harbor-visa-debit.png" alt="Harbor Visa debit card" width="320" height="200"></div></div></div>"""
    add("lawful-credit-union-login-card-badges", "lawful", "https://online.harborfcu.example/login", "-",
        "A credit union's own online-banking login, promoting its Visa debit card: the issuer names the card network it uses.",
        document(s, "Online banking | Harbor Federal Credit Union", main, r=r, footer_extra=we_accept(("visa", "mastercard"))))

    # 24 Webmail login with store badges
    r = rng_for("webmail")
    s = site("Kestrel Mail", "mail.kestrel.example", "#3d5a80")
    main = f"""<div class="container narrow"><h1>Kestrel Mail</h1>{login_form("/login", "Kestrel address")}
<div class="apps"><p>Get the app</p><a href="https://apps.apple.com/app/kestrel-mail/id{r.randint(10**9, 10**10)}"><img src="/img/app-store.svg" alt="Download on the App Store" width="120" height="40"></a>
<a href="https://play.google.com/store/apps/details?id=example.kestrel.mail"><img src="/img/google-play.svg" alt="Get it on Google Play" width="135" height="40"></a></div>{paragraphs(r, 2)}</div>"""
    add("lawful-webmail-login-app-badges", "lawful", "https://mail.kestrel.example/login", "-",
        "A mail provider's own login page with App Store and Google Play badges: its own service, the stores' badges used as intended.",
        document(s, "Sign in - Kestrel Mail", main, r=r))

    # 25 Checkout with Stripe, Apple Pay, Google Pay
    r = rng_for("stripe-checkout")
    s = site("Fernway Coffee Roasters", "fernwaycoffee.example", "#6f4e37")
    main = f"""<div class="container checkout"><h1>Pay for your subscription</h1>
<div class="wallets"><button class="btn btn-apple-pay" aria-label="Pay with Apple Pay"><img src="/img/apple-pay-mark.svg" alt="Apple Pay" width="50" height="20"></button>
<button class="btn btn-google-pay" aria-label="Pay with Google Pay"><img src="/img/google-pay-mark.svg" alt="Google Pay" width="50" height="20"></button></div>
<div id="payment-element"></div>{card_form("/subscribe/confirm", "Card", "Subscribe for £18 a month")}
<p class="secure">Payments are processed securely by Stripe. <a href="https://stripe.com/privacy">Stripe privacy policy</a></p></div>"""
    head = '<script src="https://js.stripe.com/v3/"></script>'
    add("lawful-checkout-stripe-wallets", "lawful", "https://fernwaycoffee.example/subscribe", "-",
        "A roaster's own subscription checkout with Apple Pay and Google Pay buttons and a processed-by-Stripe note: payment services used as intended.",
        document(s, "Subscribe - Fernway Coffee Roasters", main, r=r, head_extra=head, footer_extra=we_accept()))

    # 26 Donate with PayPal
    r = rng_for("donate-paypal")
    s = site("Lantern Animal Rescue", "lanternrescue.example", "#d62828")
    main = f"""<div class="container"><h1>Support the shelter</h1><p>{paragraph(r, 3)}</p>
<form action="https://www.paypal.com/donate" method="post" target="_top"><input type="hidden" name="hosted_button_id" value="{r.randint(10**9, 10**10)}">
<input type="image" src="https://www.paypalobjects.com/en_GB/i/btn/btn_donateCC_LG.gif" name="submit" title="PayPal - The safer, easier way to pay online!" alt="Donate with PayPal button">
<img alt="" src="https://www.paypal.com/en_GB/i/scr/pixel.gif" width="1" height="1"></form>{paragraphs(r, 2)}</div>"""
    add("lawful-donate-with-paypal", "lawful", "https://lanternrescue.example/donate", "-",
        "A charity's donation page with PayPal's own hosted donate button: the payment service used as intended.",
        document(s, "Donate - Lantern Animal Rescue", main, r=r))

    # 27 Product login with Sign in with Apple/Google/Facebook
    r = rng_for("fitness-login")
    s = site("Stridecount", "app.stridecount.example", "#ef476f")
    main = f"""<div class="auth"><h1>Welcome back to Stridecount</h1>{sso_buttons(["apple", "google", "facebook"], r, s["host"])}
<div class="divider"><span>or</span></div>{login_form("/v2/login")}</div>"""
    add("lawful-fitness-login-apple-google-facebook", "lawful", f"https://{s['host']}/login", "-",
        "A fitness app's own login with Sign in with Apple, Google and Facebook buttons: providers' sign-in services used as intended.",
        document(s, "Log in | Stridecount", main, r=r))

    # 28 Help article about connecting Dropbox
    r = rng_for("help-dropbox")
    s = site("Paperloop Help Centre", "help.paperloop.example", "#118ab2")
    head = '<meta name="description" content="How to connect your Dropbox account to Paperloop and import documents automatically.">'
    ins = [(1, '<figure><img src="/hc/article_attachments/3301/dropbox-authorise.png" alt="Dropbox authorisation screen" width="800" height="500"></figure>'),
           (2, f"<ol><li>Open Settings and choose Connected apps.</li><li>Click Connect next to Dropbox.</li><li>Sign in to Dropbox and allow access.</li></ol><p>{paragraph(r, 2)}</p>")]
    main = article(r, "Connect your Dropbox account", "Import documents from Dropbox automatically.", 6, ins, byline=False)
    add("lawful-help-article-connect-dropbox", "lawful", "https://help.paperloop.example/hc/articles/3301", "-",
        "A help-centre article explaining how to connect a Dropbox account, naming Dropbox in its title, description and screenshot alt text: descriptive use.",
        document(s, "Connect your Dropbox account - Paperloop Help Centre", main, r=r, head_extra=head))

    # 29 Press release partnership
    r = rng_for("press-partnership")
    s = site("Orbitale Systems", "www.orbitale-systems.example", "#073b4c")
    head = '<meta property="og:title" content="Orbitale Systems joins Microsoft\'s startup programme">'
    ins = [(1, f"<p>Orbitale Systems said the agreement gives it access to Microsoft's cloud credits and engineering support. {paragraph(r, 2)}</p>"), (4, f"<h2>About Orbitale</h2><p>{paragraph(r)}</p>")]
    main = article(r, "Orbitale Systems joins Microsoft's startup programme", "The satellite data company will build on Microsoft's cloud.", 7, ins)
    add("lawful-press-release-partnership", "lawful", "https://www.orbitale-systems.example/news/microsoft-programme", "-",
        "A company's press release announcing a partnership with Microsoft, naming it in title and text: truthful nominative use.",
        document(s, "Orbitale Systems joins Microsoft's startup programme", main, r=r, head_extra=head))

    # 30 Job listing
    r = rng_for("job-listing")
    s = site("Alder Analytics Careers", "careers.alder-analytics.example", "#2a9d8f")
    main = f"""<div class="container"><h1>Senior platform engineer (GitHub Actions, Microsoft Azure)</h1><ul class="meta"><li>Remote, UK</li><li>£80,000 to £95,000</li></ul>
<h2>What you will do</h2><ul><li>Run our build pipelines on GitHub Actions.</li><li>Operate services on Microsoft Azure.</li><li>Mentor two engineers.</li></ul>{paragraphs(r, 3)}
<a class="btn btn-linkedin" href="{oauth('linkedin', r).replace('{host}', s['host'])}">Apply with LinkedIn</a> <a class="btn btn-primary" href="/jobs/811/apply">Apply</a></div>"""
    add("lawful-job-listing-names-tools", "lawful", "https://careers.alder-analytics.example/jobs/811", "-",
        "A job advertisement naming the tools the role uses (GitHub, Microsoft) and an Apply with LinkedIn button: descriptive use and the provider's service.",
        document(s, "Senior platform engineer (GitHub Actions, Microsoft Azure) - Alder Analytics", main, r=r))

    # 31 Local IT shop with remote support
    r = rng_for("local-it")
    s = site("Copperfield PC Care", "copperfieldpccare.example", "#bc6c25")
    main = f"""<div class="container"><h1>Remote computer help</h1><p>Stuck with a slow laptop or a printer that will not print? Our technicians can help over the internet.</p>
<ol><li>Call us on <a href="tel:+441632960411">01632 960 411</a> during opening hours.</li><li>Download our remote-support tool, <a href="https://download.teamviewer.com/download/TeamViewerQS.exe">TeamViewer QuickSupport</a>.</li><li>Read the ID to the technician.</li></ol>
<p>We are an independent shop in Copperfield, not affiliated with Microsoft, Apple or TeamViewer. We never call you first.</p>{paragraphs(r, 3)}
<h2>Prices</h2><p>Remote session £35 for the first half hour.</p></div>"""
    add("lawful-local-it-remote-support", "lawful", "https://copperfieldpccare.example/remote-help", "-",
        "A local repair shop under its own name offering phone help and a remote-access download: a genuine service, no brand impersonated.",
        document(s, "Remote computer help | Copperfield PC Care", main, r=r))

    # 32 Encyclopedia article about PayPal with infobox logo
    r = rng_for("encyclopedia-paypal")
    s = site("Open Encyclopedia", "en.openencyclopedia.example", "#36c")
    infobox = '<table class="infobox vcard"><caption>PayPal Holdings, Inc.</caption><tbody><tr><td colspan="2" class="infobox-image"><a href="/wiki/File:PayPal_logo.svg"><img src="//upload.openencyclopedia.example/thumb/PayPal_logo.svg/220px-PayPal_logo.svg.png" alt="PayPal logo" width="220" height="58"></a></td></tr><tr><th>Founded</th><td>December 1998</td></tr><tr><th>Website</th><td><a href="https://www.paypal.com/">paypal.com</a></td></tr></tbody></table>'
    main = f"""<div id="content" class="mw-body"><h1 id="firstHeading">PayPal</h1><div id="bodyContent"><div class="mw-parser-output">{infobox}
<p><b>PayPal Holdings, Inc.</b> is an American multinational financial technology company operating an online payments system. {paragraph(r, 3)}</p>
<h2>History</h2>{paragraphs(r, 4)}<p>PayPal went public in 2002. {paragraph(r, 2)}</p><h2>References</h2><ol class="references">{''.join(f'<li>{sentence(r)}</li>' for _ in range(8))}</ol></div></div></div>"""
    add("lawful-encyclopedia-article-paypal", "lawful", "https://en.openencyclopedia.example/wiki/PayPal", "-",
        "An encyclopedia article about PayPal with its logo in the infobox and a link to its home page: descriptive use.",
        document(s, "PayPal - Open Encyclopedia", main, r=r))

    # 33 Conference sponsors
    r = rng_for("conference-sponsors")
    s = site("DevHarbour Conference", "devharbour.example", "#ff006e")
    sponsors = "".join(f'<li><a href="{href}" target="_blank" rel="noopener"><img src="/img/sponsors/{m}.svg" alt="{n}" width="160" height="60" loading="lazy"></a></li>'
                       for m, n, href in [("microsoft", "Microsoft", "https://www.microsoft.com/en-us/startups"), ("github", "GitHub", "https://github.com/enterprise"),
                                          ("google", "Google Cloud", "https://cloud.google.com/developers"), ("slack", "Slack", "https://slack.com/")])
    main = f"""<div class="container"><h1>Sponsors</h1><p>DevHarbour 2026 is made possible by our sponsors.</p><ul class="sponsor-grid">{sponsors}</ul>{paragraphs(r, 3)}</div>"""
    add("lawful-conference-sponsor-logos", "lawful", "https://devharbour.example/sponsors", "-",
        "A conference's sponsors page with sponsor logos linking to pages the sponsors chose, no ads: truthful sponsorship, lawful linking.",
        document(s, "Sponsors - DevHarbour 2026", main, r=r))

    # 34 Podcast with listen-on badges
    r = rng_for("podcast")
    s = site("The Long Field", "thelongfield.example", "#606c38")
    main = f"""<div class="container"><h1>Episode 48: hedgerows</h1><audio controls src="https://media.thelongfield.example/ep48.mp3"></audio>
<div class="listen-on"><a href="https://open.spotify.com/show/{hashlib.md5(b'pod').hexdigest()[:22]}"><img src="/img/listen/spotify.svg" alt="Listen on Spotify" width="150" height="40"></a>
<a href="https://podcasts.apple.com/gb/podcast/the-long-field/id{r.randint(10**9, 10**10)}"><img src="/img/listen/apple-podcasts.svg" alt="Listen on Apple Podcasts" width="150" height="40"></a>
<a href="https://www.youtube.com/playlist?list=PLlongfield48"><img src="/img/listen/youtube.svg" alt="Watch on YouTube" width="150" height="40"></a></div>
<h2>Show notes</h2>{paragraphs(r, 4)}</div>"""
    add("lawful-podcast-listen-on-badges", "lawful", "https://thelongfield.example/episodes/48", "-",
        "A podcast page with Listen on Spotify, Apple Podcasts and YouTube badges linking to the show's listings: badges used as the platforms intend.",
        document(s, "Episode 48: hedgerows - The Long Field", main, r=r))

    # 35 Order tracking with DHL link
    r = rng_for("order-tracking")
    s = site("Wickerworks", "wickerworks.example", "#a98467")
    awb = r.randint(10**9, 10**10)
    main = f"""<div class="container"><h1>Order WW-20931 has shipped</h1><p>Your parcel is on its way with DHL Express. Tracking number {awb}.</p>
<p><a class="btn" href="https://www.dhl.com/gb-en/home/tracking/tracking-express.html?submit=1&amp;tracking-id={awb}"><img src="/img/carriers/dhl-logo.svg" alt="DHL" width="60" height="14"> Track your parcel</a></p>
<table class="items"><tr><td>Willow basket, large</td><td>£64.00</td></tr></table>{paragraphs(r, 2)}</div>"""
    add("lawful-order-tracking-dhl-link", "lawful", "https://wickerworks.example/account/orders/WW-20931", "-",
        "A shop's order page linking to the carrier's tracking page with the carrier's logo, no ads: a functional link to the carrier's service.",
        document(s, "Order WW-20931 - Wickerworks", main, r=r))

    # 36 Multi-brand phone retailer
    r = rng_for("phone-retailer")
    s = site("Mobilio", "www.mobilio-phones.example", "#3a0ca3")
    cards = "".join(f'<div class="product"><img src="/p/{m}-{i}.jpg" alt="{n}" width="280" height="280"><h3>{n}</h3><p class="price">£{r.randint(299, 1199)}</p><p>In stock</p><button class="btn btn-primary">Add to basket</button></div>'
                    for i, (m, n) in enumerate([("apple", "Apple iPhone 16"), ("samsung", "Samsung Galaxy S26"), ("google", "Google Pixel 10"), ("samsung", "Samsung Galaxy A57"), ("apple", "Apple iPhone 16 Pro")]))
    main = f'<div class="container"><h1>Mobile phones</h1><div class="filters">Brand: Apple, Samsung, Google</div><div class="product-grid">{cards}</div>{paragraphs(r, 2)}</div>'
    add("lawful-multibrand-phone-shop", "lawful", "https://www.mobilio-phones.example/phones", "-",
        "A phone retailer under its own name selling several makers' phones with prices and baskets: resale of genuine goods naming them.",
        document(s, "Mobile phones | Mobilio", main, r=r, footer_extra=we_accept()))

    # 37 Second-hand Rolex listing on a marketplace
    r = rng_for("used-rolex")
    s = site("Second Hour", "secondhour.example", "#283618")
    main = f"""<div class="container listing"><div class="row"><div class="col-7"><img src="/listings/88213/1.jpg" alt="Used Rolex Submariner, 2019" width="720" height="720"></div>
<div class="col-5"><h1>Rolex Submariner Date 126610LN, 2019, box and papers</h1><p class="price">£11,450</p><p>Seller: {r.choice(WORDS)}_{r.choice(WORDS)} (212 sales)</p>
<button class="btn btn-primary">Buy now</button> <button class="btn">Make an offer</button><h2>Description</h2><p>Pre-owned watch, serviced in 2025. {paragraph(r, 3)}</p>
<p class="note">Second Hour is an independent marketplace and is not affiliated with Rolex.</p></div></div></div>"""
    add("lawful-used-rolex-marketplace-listing", "lawful", "https://secondhour.example/listings/88213", "-",
        "A second-hand listing on a marketplace naming the watch it sells, with a disclaimer: resale of a genuine good, nominative.",
        document(s, "Rolex Submariner Date 126610LN, 2019 | Second Hour", main, r=r))

    # 38 Careers page login with Apply with LinkedIn only
    r = rng_for("hotel-booking")
    s = site("Saltmarsh Hotel", "saltmarshhotel.example", "#0077b6")
    main = f"""<div class="container"><h1>Book your stay</h1><form class="booking" action="/book" method="get"><label>Arrive <input type="date" name="arrive"></label><label>Nights <input type="number" name="nights" value="2"></label><button class="btn btn-primary">Check availability</button></form>
<p>Pay on arrival or online with card or PayPal.</p>{paragraphs(r, 3)}</div>"""
    add("lawful-hotel-booking-pay-with-paypal", "lawful", "https://saltmarshhotel.example/book", "-",
        "A hotel's booking page saying guests can pay with PayPal: a factual mention of an accepted payment method.",
        document(s, "Book - Saltmarsh Hotel", main, r=r, footer_extra=we_accept()))

    # 39 Product login of a non-portfolio product using Slack sign-in
    r = rng_for("retro-login")
    s = site("Retroboard", "retroboard.example", "#f72585")
    main = f"""<div class="auth"><h1>Sign in to Retroboard</h1>{sso_buttons(["slack", "google", "microsoft"], r, s["host"], "Sign in with")}<div class="divider"><span>or</span></div>{login_form("/auth/password")}</div>"""
    add("lawful-retro-login-slack-google-microsoft", "lawful", f"https://{s['host']}/signin", "-",
        "A team tool's own login with Slack, Google and Microsoft sign-in buttons: providers' sign-in services used as intended.",
        document(s, "Sign in - Retroboard", main, r=r))

    # 40 News about a phishing wave naming brands
    r = rng_for("news-phishing")
    s = site("SecureWire", "securewire.example", "#1b263b")
    head = '<meta name="description" content="Fake DHL and PayPal messages lead to credential phishing pages, researchers warn.">'
    ins = [(1, f"<p>The messages imitate DHL delivery notices and PayPal invoices. {paragraph(r, 3)}</p>"), (3, f"<p>DHL said it never asks for card details by text message. PayPal advised users to log in only through its app. {paragraph(r, 2)}</p>"),
           (5, '<figure><img src="/img/2026/fake-dhl-sms.png" alt="Screenshot of a fake DHL text message" width="600" height="400"><figcaption>A fake DHL message seen this week.</figcaption></figure>')]
    main = article(r, "Fake DHL and PayPal messages lead to phishing pages", "Researchers saw thousands of fake delivery and invoice messages this week.", 8, ins)
    add("lawful-news-phishing-wave-names-brands", "lawful", "https://securewire.example/2026/11/fake-dhl-paypal-messages", "-",
        "A security news article naming DHL and PayPal as the brands criminals imitate: editorial use.",
        document(s, "Fake DHL and PayPal messages lead to phishing pages | SecureWire", main, r=r, head_extra=head))

    # 41 Coupon/price comparison for Nike shoes with text links and disclosure
    r = rng_for("price-compare-nike")
    s = site("ShoePrice", "shoeprice.example", "#ffb703")
    rows = "".join(f'<tr><td>{shop}</td><td>£{r.randint(89, 139)}.99</td><td><a href="https://{shop.lower().replace(" ", "")}.example/p/{r.randint(1000, 9999)}">Go to shop</a></td></tr>' for shop in ["Runners Den", "Sole Street", "Kerb Sports"])
    main = f"""<div class="container"><h1>Nike Pegasus 41 price comparison</h1><p>Compare prices for the Nike Pegasus 41 running shoe across UK shops.</p>
<table class="offers"><thead><tr><th>Shop</th><th>Price</th><th></th></tr></thead><tbody>{rows}</tbody></table>
<p>Prices checked daily. Nike is a trademark of Nike, Inc.; ShoePrice is not affiliated with Nike.</p>{paragraphs(r, 3)}</div>"""
    head = '<meta name="description" content="Compare Nike Pegasus 41 prices from UK shops."><meta name="keywords" content="nike pegasus 41, nike running shoes, price comparison">'
    add("lawful-price-comparison-nike", "lawful", "https://shoeprice.example/nike-pegasus-41", "-",
        "A price-comparison page for a Nike shoe naming it in title, metadata and text, with a disclaimer: comparative nominative use.",
        document(s, "Nike Pegasus 41 - compare prices | ShoePrice", main, r=r, head_extra=head))

    # 42 Status page naming providers
    r = rng_for("status-page")
    s = site("Plinth Status", "status.plinth.example", "#06d6a0")
    comps = "".join(f'<div class="component"><span class="name">{n}</span><span class="state operational">Operational</span></div>' for n in ["API", "Dashboard", "Webhooks", "Login with Google", "Login with GitHub", "Payments (Stripe)"])
    main = f'<div class="container"><h1>All systems operational</h1><div class="components">{comps}</div><h2>Past incidents</h2>{paragraphs(r, 3)}</div>'
    add("lawful-status-page-names-providers", "lawful", "https://status.plinth.example/", "-",
        "A service's status page listing third-party sign-in and payment providers among its components: descriptive use.",
        document(s, "Plinth Status", main, r=r))

    # 43 Download page with instructions naming Microsoft Windows
    r = rng_for("download-page")
    s = site("Quillwright", "quillwright.example", "#8338ec")
    main = f"""<div class="container"><h1>Download Quillwright 4.2</h1><div class="downloads"><a class="btn btn-primary" href="/dl/Quillwright-4.2-x64.msi">Windows (64-bit)</a> <a class="btn" href="/dl/Quillwright-4.2.dmg">macOS</a> <a class="btn" href="/dl/quillwright_4.2_amd64.deb">Linux</a></div>
<p>Requires Microsoft Windows 10 or later, or macOS 13. Apple silicon and Intel Macs are supported.</p>
<div class="store-badges"><a href="https://apps.microsoft.com/detail/9NQW{r.randint(1000, 9999)}"><img src="/img/ms-store-badge.svg" alt="Get it from Microsoft" width="150" height="50"></a></div>{paragraphs(r, 3)}</div>"""
    add("lawful-software-download-page", "lawful", "https://quillwright.example/download", "-",
        "A software maker's download page naming the operating systems it runs on and a Microsoft Store badge: descriptive use, badge used as intended.",
        document(s, "Download - Quillwright", main, r=r))

    # 44 Tech support forum thread
    r = rng_for("forum-thread")
    s = site("Hearth PC Forum", "forum.hearthpc.example", "#495057")
    posts = "".join(f'<article class="post" id="p{i}"><div class="author">{r.choice(WORDS)}{r.randint(1, 99)}</div><div class="content"><p>{paragraph(r)}</p>{"<p>Outlook keeps asking for my Microsoft password after the update.</p>" if i == 0 else ""}</div></article>' for i in range(8))
    main = f'<div class="container"><h1>Outlook keeps asking for my Microsoft password</h1><div class="thread">{posts}</div><form class="reply" action="/posts" method="post"><textarea name="message"></textarea><button class="btn">Reply</button></form></div>'
    add("lawful-forum-thread-outlook-help", "lawful", "https://forum.hearthpc.example/t/outlook-password-prompt/44120", "-",
        "A community help thread whose title names Microsoft as the subject of a user's problem: discussion, not impersonation.",
        document(s, "Outlook keeps asking for my Microsoft password - Hearth PC Forum", main, r=r))

    # 45 Newsletter signup naming Google in article
    r = rng_for("newsletter")
    s = site("Marginalia Weekly", "marginalia-weekly.example", "#9d0208")
    ins = [(2, '<form class="newsletter" action="/subscribe" method="post"><label>Email <input type="email" name="email"></label><button class="btn">Subscribe</button></form>'), (3, f"<p>Google changed its search ranking again this month. {paragraph(r, 2)}</p>")]
    main = article(r, "What the latest search update means for small publishers", "Traffic moved again this month.", 8, ins)
    add("lawful-newsletter-article-mentions-google", "lawful", "https://marginalia-weekly.example/2026/11/search-update", "-",
        "An article that mentions Google in its text with a newsletter signup: editorial use.",
        document(s, "What the latest search update means for small publishers", main, r=r))

    # 46 Developer docs "Sign in with GitHub" guide
    r = rng_for("docs-oauth")
    s = site("Keystone Auth Docs", "docs.keystone-auth.example", "#3f37c9")
    code = "<pre><code>const url = 'https://github.com/login/oauth/authorize?client_id=' + CLIENT_ID;</code></pre>"
    main = f"""<div class="docs-layout"><nav class="docs-nav"><ul>{nav_links(r, 12)}</ul></nav><article class="docs-content"><h1>Add Sign in with GitHub</h1><p>Register an OAuth app on GitHub, then redirect users to GitHub's authorize endpoint.</p>{code}{paragraphs(r, 4)}
<p>See the <a href="https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps">GitHub documentation</a> for the full flow.</p></article></div>"""
    add("lawful-developer-docs-github-oauth", "lawful", "https://docs.keystone-auth.example/guides/github", "-",
        "Developer documentation explaining how to add Sign in with GitHub, linking to GitHub's own documentation: descriptive use and lawful linking.",
        document(s, "Add Sign in with GitHub - Keystone Auth Docs", main, r=r))

    # 47 Travel blog with embedded map and Instagram-like share
    r = rng_for("travel-blog")
    s = site("Two Rucksacks", "tworucksacks.example", "#00b4d8")
    ins = [(2, '<iframe src="https://www.google.com/maps/d/embed?mid=1aB2cD3eF4gH5iJ6kL7m&amp;ehbc=2E312F" width="640" height="480" title="Route map"></iframe>'),
           (5, '<div class="video"><iframe src="https://www.youtube.com/embed/Zx8Yw7Vu6Ts" width="560" height="315" title="Ridge walk" allowfullscreen></iframe></div>')]
    main = article(r, "Three days on the Cuillin ridge", "Our route, camps and the one bad night.", 9, ins)
    add("lawful-travel-blog-map-and-video", "lawful", "https://tworucksacks.example/2026/cuillin-ridge", "-",
        "A travel blog embedding a Google map and a YouTube video: the owners' embedding services used as intended.",
        document(s, "Three days on the Cuillin ridge - Two Rucksacks", main, r=r))

    # 48 Reseller of printer ink (authorised)
    r = rng_for("reseller-adobe")
    s = site("Canvas Licensing", "canvaslicensing.example", "#ff5400")
    main = f"""<div class="container"><div class="notice"><strong>Adobe Authorized Reseller</strong> - licences are issued directly by Adobe to your account.</div><h1>Adobe Creative Cloud for teams</h1>
<div class="plans">{''.join(f'<div class="plan"><h3>{n}</h3><p class="price">£{p} per licence per month</p><button class="btn btn-primary">Add to cart</button></div>' for n, p in [("All Apps", 84), ("Single App", 38)])}</div>{paragraphs(r, 3)}
<p>Adobe and Creative Cloud are registered trademarks of Adobe Inc.</p></div>"""
    add("lawful-authorised-reseller-adobe", "lawful", "https://canvaslicensing.example/adobe-creative-cloud", "-",
        "A software licensing reseller under its own name with a prominent authorised-reseller statement and trademark notice: lawful resale.",
        document(s, "Adobe Creative Cloud for teams | Canvas Licensing", main, r=r))

    # 49 Marketplace seller page with "Sold on Amazon" badge
    r = rng_for("maker-amazon")
    s = site("Birchline Toys", "birchlinetoys.example", "#588157")
    main = f"""<div class="container"><h1>Where to buy</h1><p>Our wooden toys are sold in our own shop and on Amazon.</p>
<ul class="stockists"><li><a href="https://www.amazon.co.uk/stores/BirchlineToys/page/6B1F2A"><img src="/img/stockists/available-at-amazon.png" alt="Available at Amazon" width="150" height="45"></a></li><li>Toy Barn, Norwich</li><li>Little Oak, Bath</li></ul>{paragraphs(r, 3)}</div>"""
    add("lawful-maker-available-at-amazon", "lawful", "https://birchlinetoys.example/stockists", "-",
        "A maker's stockists page with an Available at Amazon badge linking to its own storefront there: truthful, badge used as intended.",
        document(s, "Stockists - Birchline Toys", main, r=r))

    # 50 Page with Twitter/X follow and LinkedIn follow buttons in footer
    r = rng_for("consultancy")
    s = site("Ashgrove Consulting", "ashgrove-consulting.example", "#344e41")
    social = '<ul class="social"><li><a href="https://www.linkedin.com/company/ashgrove-consulting/"><img src="/img/social/linkedin.svg" alt="LinkedIn" width="20" height="20"></a></li><li><a href="https://twitter.com/ashgrovecons"><img src="/img/social/twitter.svg" alt="Twitter" width="20" height="20"></a></li><li><a href="https://www.youtube.com/@ashgrove"><img src="/img/social/youtube.svg" alt="YouTube" width="20" height="20"></a></li></ul>'
    main = f'<div class="container"><h1>Operations consulting for growing firms</h1>{paragraphs(r, 5)}<a class="btn btn-primary" href="/contact">Talk to us</a></div>'
    add("lawful-consultancy-social-follow-links", "lawful", "https://ashgrove-consulting.example/", "-",
        "A consultancy's home page with follow links to its own LinkedIn, Twitter and YouTube profiles: ordinary social links.",
        document(s, "Ashgrove Consulting - operations consulting", main, r=r, footer_extra=social))


# ---------------------------------------------------------------------------------------------------------------
# Misuse pages
# ---------------------------------------------------------------------------------------------------------------

def kit(title, body, *, head="", favicon="", lang="en", r=None):
    """A phishing kit page: little chrome, its own CSS and scripts, everything on the kit's host."""
    r = r or random.Random(1)
    pad = "\n".join(f'<div class="pad-{i}" aria-hidden="true" style="display:none">{paragraph(r, 1)}</div>' for i in range(0))
    css = "\n".join(f".k{i}{{margin:{r.randint(0, 20)}px;padding:{r.randint(0, 12)}px;color:#{r.randint(0, 0xffffff):06x}}}" for i in range(r.randint(60, 120)))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
{favicon}
<link rel="stylesheet" href="assets/css/main.css?v={r.randint(100, 999)}">
<link rel="stylesheet" href="assets/css/responsive.css">
<style>
{css}
</style>
<script src="assets/js/jquery-3.6.0.min.js"></script>
<script src="assets/js/jquery.validate.min.js"></script>
{head}
</head>
<body>
{body}
{pad}
<script src="assets/js/main.js?v={r.randint(100, 999)}"></script>
{bundle_script(r, r.randint(6000, 20000))}
</body>
</html>
"""


def misuse_pages():
    # M1 PayPal kit on a compromised site
    r = rng_for("m-paypal-kit")
    body = f"""<div id="main" class="main" role="main"><section id="login" class="login">
<header><p role="img" aria-label="PayPal Logo" class="paypal-logo paypal-logo-long"></p><img class="logo" src="assets/img/paypal-logo.svg" alt="PayPal" width="120" height="32"></header>
<h1 class="headerText">Log in to your PayPal account</h1>
<form action="../send/login.php" method="post" class="proceed maskable" name="login" autocomplete="off" novalidate>
<div id="passwordSection" class="clearfix"><div class="textInput" id="login_emaildiv"><div class="fieldWrapper"><label for="email" class="fieldLabel">Email or mobile number</label>
<input id="email" name="login_email" type="email" class="hasHelp validateEmpty" required placeholder="Email or mobile number" autocomplete="username"></div></div>
<div class="textInput" id="login_passworddiv"><div class="fieldWrapper"><label for="password" class="fieldLabel">Password</label><input id="password" name="login_password" type="password" class="hasHelp validateEmpty pin-password" required placeholder="Password" autocomplete="current-password"></div></div></div>
<div class="actions"><button class="button actionContinue scTrack:unifiedlogin-login-submit" type="submit" id="btnLogin" name="btnLogin" value="Login">Log In</button></div>
<div class="forgotLink"><a href="#" id="forgotPasswordModal">Having trouble logging in?</a></div></form>
<div class="loginSignUpSeparator"><span class="textInSeparator">or</span></div><a href="#" class="button secondary" id="createAccount">Sign Up</a>
</section><footer class="footer"><ul><li><a href="#">Contact Us</a></li><li><a href="#">Privacy</a></li><li><a href="#">Legal</a></li><li><a href="#">Worldwide</a></li></ul></footer></div>"""
    add("misuse-paypal-kit-compromised-site", "misuse", "https://greenvalley-dental.example/wp-includes/css/ms/signin/index.php", "A10:paypal A12:paypal U1:paypal",
        "A PayPal sign-in imitation hidden on a compromised dental practice's site, collecting passwords: phishing, abuse takedown.",
        kit("Log in to your PayPal account", body, r=r, favicon='<link rel="shortcut icon" href="assets/img/favicon.ico"><link rel="apple-touch-icon" href="assets/img/paypal-apple-touch-icon.png">'))

    # M2 Microsoft 365 kit, brand only in background image
    r = rng_for("m-ms-bg")
    body = """<div class="outer"><div class="middle"><div class="inner">
<div class="banner-logo" role="img" aria-label="logo"></div>
<div class="title" role="heading" aria-level="1">Sign in</div>
<form name="f1" id="i0281" novalidate spellcheck="false" method="post" target="_top" autocomplete="off" action="https://203.0.113.77/owa/auth.php">
<div class="placeholderContainer"><input type="email" name="loginfmt" id="i0116" maxlength="113" class="form-control ltr_override input" aria-required="true" placeholder="Email, phone, or Skype"></div>
<div class="placeholderContainer"><input name="passwd" type="password" id="i0118" autocomplete="off" class="form-control input" aria-required="true" placeholder="Password"></div>
<div class="form-group"><a id="idA_PWD_ForgotPassword" href="#">Forgot my password</a></div>
<input type="submit" id="idSIButton9" class="win-button button_primary button ext-button primary ext-primary" value="Sign in"></form>
</div></div></div>"""
    head = """<style>.banner-logo{background-image:url("https://aadcdn.msftauth.example/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg");background-repeat:no-repeat;height:24px;width:108px;margin-bottom:16px}
body{background-image:url("img/illustration_background.svg");background-size:cover}</style>"""
    add("misuse-microsoft-kit-background-logo", "misuse", "https://docs-share-portal.example/o365/index.html", "A12:microsoft U1:microsoft",
        "A Microsoft account sign-in imitation whose only brand cue is the logo drawn as a CSS background image, posting passwords to a bare IP: phishing.",
        kit("Sign in to your account", body, head=head, r=r, favicon='<link rel="shortcut icon" href="img/favicon_a_eupayfgghqiai7k9sol6lg2.ico">'))

    # M3 Netflix billing kit with card form
    r = rng_for("m-netflix-billing")
    body = f"""<div class="nfHeader"><a href="#" class="svg-nfLogo"><img class="logo" src="images/netflix-logo.png" alt="Netflix" width="167" height="45"></a></div>
<div class="centerContainer"><h1>Update your payment method</h1><p>Your membership is on hold because we could not charge your card. Update your details to keep watching.</p>
{card_form("process/billing.php", "Credit or debit card", "Save and continue")}<p class="small">Questions? Call 1-866-579-7172 (placeholder from the kit).</p></div>"""
    add("misuse-netflix-billing-card-kit", "misuse", "http://account-hold-update.example/nf/billing/", "A10:netflix A12:netflix U1:netflix",
        "A Netflix billing imitation asking for card details on an unrelated host: payment-card phishing.",
        kit("Netflix", body, r=r, favicon='<link rel="shortcut icon" href="images/nficon2016.ico">'))

    # M4 Script-built DHL kit
    r = rng_for("m-dhl-script")
    script = """<script>
(function () {
  var app = document.getElementById('app');
  var html = '';
  html += '<div class="hdr"><img src="img/dhl-logo.svg" class="logo" alt="DHL Express"></div>';
  html += '<h2>DHL Express: your parcel is waiting</h2><p>Pay the customs fee of EUR 1.99 to release your parcel.</p>';
  html += '<form id="pay" method="post" action="api/step2.php">';
  html += '<input name="cardholder" placeholder="Cardholder name">';
  html += '<input name="ccnum" autocomplete="cc-number" placeholder="Card number">';
  html += '<input name="exp" placeholder="MM/YY"><input name="cvv" placeholder="CVV">';
  html += '<button type="submit">Pay EUR 1.99</button></form>';
  app.innerHTML = html;
  var pass = document.createElement('input');
  pass.type = 'password'; pass.name = 'sms_code'; pass.placeholder = 'SMS code';
  document.getElementById('pay').appendChild(pass);
})();
</script>"""
    body = '<div id="app" class="container"></div><noscript>Please enable JavaScript.</noscript>' + script
    add("misuse-dhl-script-built-form", "misuse", "https://parcel-release-2291.example/track/", "A10:dhl A12:dhl U1:dhl",
        "A DHL delivery-fee imitation whose logo and card form are built by script, so the markup shows only the DHL favicon and title: card phishing.",
        kit("DHL Express - Tracking", body, r=r, favicon='<link rel="icon" href="img/dhl-favicon.ico">'))

    # M5 Microsoft tech support scam
    r = rng_for("m-ms-support")
    body = f"""<div class="scam-wrap"><header class="bar"><img class="logo" src="img/microsoft-logo.png" alt="Microsoft" width="108" height="23"><span>Windows Defender Security Center</span></header>
<div class="alert-box"><h1>Microsoft Windows: your computer is infected</h1><p>Access to this PC has been blocked for security reasons. Do not restart or shut down your computer: your files and banking data are at risk.</p>
<p class="call">Call Microsoft Support now: <a href="tel:+18885550143">+1 (888) 555-0143</a> (toll free)</p>
<p>A certified technician will fix the problem remotely. Download the support tool and read the code to the technician:</p>
<a class="btn" href="downloads/MicrosoftSupport-QuickAssist.exe">Download support tool</a> <a class="btn" href="https://download.teamviewer.com/download/TeamViewerQS.exe">Download TeamViewer</a></div>
<div class="error-list"><p>Error # 0x80072ee7: Trojan spyware detected.</p><p>Threat: Zeus.Banking.Trojan</p></div></div>"""
    head = "<script>window.onbeforeunload = function () { return 'Your computer is locked. Call support.'; };</script>"
    add("misuse-microsoft-support-scam", "misuse", "https://pc-alert-8831.example/win/alert.html", "A10:microsoft A12:microsoft U1:microsoft",
        "A fake Microsoft security alert pushing victims to call a number and install remote-access software, with no form: tech-support scam impersonating Microsoft, not TeamViewer.",
        kit("Microsoft Windows Security Alert", body, head=head, r=r))

    # M6 Apple support scam
    r = rng_for("m-apple-support")
    body = f"""<div class="wrap"><div class="top"><img src="assets/apple-logo-black.svg" class="brand-logo" alt="" width="20" height="24"><span>Apple Support</span></div>
<h1>Your iPhone has been compromised</h1><p>Apple detected suspicious activity on your Apple ID. Your device has been locked to protect your photos and payment details.</p>
<p>Call Apple Support on <strong>+1 844 555 0199</strong> immediately. Do not close this page.</p><p>Our technician will connect to your device remotely to remove the virus.</p>
<a class="dl" href="files/AppleSecureConnect.pkg">Download secure connection</a></div>"""
    add("misuse-apple-support-scam", "misuse", "http://device-locked-help.example/", "A10:apple A12:apple U1:apple",
        "A fake Apple support warning with a phone number and a remote-connection download, no form: support scam impersonating Apple.",
        kit("Apple Support - Device Locked", body, r=r, favicon='<link rel="icon" href="assets/apple-favicon.ico">'))

    # M7 Norton fake invoice
    r = rng_for("m-norton-invoice")
    body = f"""<table class="invoice" width="640" align="center"><tr><td class="hd"><img src="img/norton-logo.png" alt="Norton" width="140" height="40"></td><td class="inv-no">Invoice #NRT-{r.randint(100000, 999999)}</td></tr>
<tr><td colspan="2"><h1>Norton 360 Deluxe: subscription renewed</h1><p>Thank you for your order. Your account has been charged <strong>$399.99</strong> for the automatic renewal of Norton 360 Deluxe (5 devices, 3 years).</p>
<p>If you did not authorise this charge or want to cancel and get a refund, call our billing department within 24 hours: <strong>+1 (808) 555-0177</strong>.</p>
<table class="items"><tr><th>Product</th><th>Qty</th><th>Amount</th></tr><tr><td>Norton 360 Deluxe</td><td>1</td><td>$399.99</td></tr></table></td></tr></table>"""
    add("misuse-norton-fake-invoice", "misuse", "https://billing-notice-77.example/inv/NRT.html", "A10:norton A12:norton U1:norton",
        "A fake Norton renewal invoice telling the reader to phone to cancel a charge: refund-scam impersonation without a form.",
        kit("Norton Invoice - Order Confirmation", body, r=r))

    # M8 PayPal fake invoice (phone only)
    r = rng_for("m-paypal-invoice")
    body = f"""<div class="mail"><div class="hdr"><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" width="124" height="33"></div>
<h1>You sent a payment of $649.00 USD to Bitmart Exchange</h1><p>If you did not make this payment, call PayPal Support at +1 (805) 555-0123 to cancel the transaction and receive a refund. The charge will be completed in 24 hours.</p>
<table><tr><td>Transaction ID</td><td>{hashlib.md5(b'tx').hexdigest()[:17].upper()}</td></tr><tr><td>Amount</td><td>$649.00 USD</td></tr></table></div>"""
    add("misuse-paypal-fake-invoice-phone", "misuse", "https://invoice-center-4420.example/receipt.html", "A10:paypal A12:paypal U1:paypal",
        "A fake PayPal payment receipt that pushes the reader to call a number to cancel: refund-scam impersonation of PayPal without a form.",
        kit("PayPal: Receipt for your payment", body, r=r))

    # M9 Counterfeit Nike shop
    r = rng_for("m-nike-shop")
    s = site("Nike Outlet", "nike-outlet-clearance.example", "#111")
    cards = "".join(f'<div class="product-card"><img src="/uploads/nike-{w}.jpg" alt="Nike Air {w.capitalize()}" width="300" height="300"><h3>Nike Air {w.capitalize()}</h3><p><del>$180.00</del> <span class="price">$39.99</span></p><button class="btn">Add to cart</button></div>' for w in r.sample(WORDS, 10))
    header = '<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/static/nike-swoosh-logo.png" alt="Nike" width="80" height="30"></a><nav><ul><li><a href="/men">Men</a></li><li><a href="/women">Women</a></li><li><a href="/sale">Sale</a></li></ul></nav><a href="/cart">Cart (0)</a></div></header>'
    main = f'<div class="container"><div class="promo">Nike official outlet - up to 80% off, free shipping</div><h1>Nike Air clearance</h1><div class="grid">{cards}</div><p>Checkout safely. In stock, ships in 24 hours.</p></div>'
    add("misuse-counterfeit-nike-shop", "misuse", "https://nike-outlet-clearance.example/", "A10:nike A12:nike U4:nike",
        "A shop styled as Nike (logo in the header, brand name as its own) selling at implausible prices without disclosure: counterfeit or unauthorised shop.",
        document(s, "Nike Outlet | Official Store - Up to 80% Off", main, r=r, header=header, favicon='<link rel="icon" href="/static/nike-favicon.ico">'))

    # M10 Replica Rolex shop
    r = rng_for("m-rolex-replica")
    s = site("Swiss Time Replica", "swisstime-replica.example", "#0b6e4f")
    cards = "".join(f'<div class="product"><img src="/img/rolex-{w}.jpg" alt="Rolex {w.capitalize()} replica" width="300" height="300"><h3>Rolex {w.capitalize()} replica</h3><span class="price">$249</span><a class="btn" href="/cart/add/{i}">Add to cart</a></div>' for i, w in enumerate(r.sample(WORDS, 8)))
    header = '<header class="site-header"><div class="container"><a href="/" class="site-logo"><img src="/img/rolex-crown-logo.png" alt="Rolex" width="90" height="50"></a><nav><ul><li><a href="/submariner">Submariner</a></li><li><a href="/datejust">Datejust</a></li></ul></nav></div></header>'
    main = f'<div class="container"><h1>Rolex replica watches</h1><p>Swiss grade Rolex replicas, free shipping worldwide, in stock.</p><div class="grid">{cards}</div></div>'
    add("misuse-replica-rolex-shop", "misuse", "https://swisstime-replica.example/rolex", "A10:rolex A12:rolex U4:rolex",
        "A replica watch shop using the Rolex crown logo as its own and selling copies: counterfeit shop.",
        document(s, "Rolex Replica Watches | Swiss Grade Rolex", main, r=r, header=header))

    # M11 Meta burying on competitor shoe shop
    r = rng_for("m-meta-nike")
    s = site("Runfast Shoes", "runfastshoes.example", "#00a6fb")
    cards = "".join(f'<div class="product"><img src="/p/{w}.jpg" alt="Runfast {w.capitalize()} trainer" width="300" height="300"><h3>Runfast {w.capitalize()}</h3><span class="price">£{r.randint(39, 79)}</span></div>' for w in r.sample(WORDS, 8))
    main = f'<div class="container"><h1>Running shoes</h1><div class="grid">{cards}</div>{paragraphs(r, 2)}</div>'
    head = '<meta name="keywords" content="nike, nike air max, nike pegasus, cheap nike running shoes, running shoes"><meta name="description" content="Cheap Nike running shoes and trainers, Nike Air Max alternatives.">'
    add("misuse-meta-tags-nike-competitor", "misuse", "https://runfastshoes.example/running", "A10:nike A11:nike",
        "A competitor's shoe shop that names Nike only in its meta keywords (four times over) and description and never on the page: meta-tag burying (Brookfield) and keyword stuffing.",
        document(s, "Running shoes | Runfast", main, r=r, head_extra=head))

    # M12 Hidden text Dropbox
    r = rng_for("m-hidden-dropbox")
    s = site("Boxwell Sync", "boxwellsync.example", "#5390d9")
    hidden = '<div class="seo-block" style="display:none">Dropbox alternative Dropbox login Dropbox free Dropbox storage better than Dropbox</div>'
    main = f'<div class="container"><h1>Sync every file, everywhere</h1>{paragraphs(r, 4)}<a class="btn btn-primary" href="/signup">Start free</a>{hidden}</div>'
    head = '<meta property="og:description" content="The Dropbox alternative for small teams.">'
    add("misuse-hidden-text-dropbox", "misuse", "https://boxwellsync.example/", "A10:dropbox A11:dropbox",
        "A competitor hiding Dropbox in invisible text and naming it in Open Graph tags, never in visible text: hidden text and burying.",
        document(s, "Boxwell Sync - file sync for teams", main, r=r, head_extra=head))

    # M13 Title-only burying on piracy site
    r = rng_for("m-title-netflix")
    s = site("FreeFlix Stream", "freeflix-stream.example", "#e50914")
    tiles = "".join(f'<a class="tile" href="/watch/{r.randint(1000, 9999)}"><img src="/posters/{w}.jpg" alt="{w.capitalize()} poster" width="200" height="300"><span>{w.capitalize()}</span></a>' for w in r.sample(WORDS, 12))
    main = f'<div class="container"><h1>Watch movies free</h1><div class="tiles">{tiles}</div>{ad_slot(r, 1)}</div>'
    head = '<meta name="description" content="Netflix movies free, watch Netflix series online without an account.">'
    add("misuse-title-burying-netflix", "misuse", "https://freeflix-stream.example/", "A10:netflix",
        "A streaming site that names Netflix in its title and description but never on the page: meta-tag burying to catch searches for the mark.",
        document(s, "Netflix Free - Watch Netflix Movies Online", main, r=r, head_extra=head))

    # M14 Keyword stuffing Rolex in footer
    r = rng_for("m-stuffing-rolex")
    s = site("Watch Deals Hub", "watchdealshub.example", "#6a4c93")
    wall = '<div class="seo-tags">' + " ".join(r.choice(["rolex", "rolex watches", "cheap rolex", "rolex sale", "buy rolex", "rolex uk"]) for _ in range(40)) + "</div>"
    main = f'<div class="container"><h1>Watch deals</h1>{paragraphs(r, 4)}{wall}</div>'
    add("misuse-keyword-stuffing-rolex", "misuse", "https://watchdealshub.example/", "A11:rolex",
        "A deals site with a visible wall of repeated Rolex keywords unrelated to its content: keyword stuffing.",
        document(s, "Watch deals and discounts", main, r=r))

    # M15 Logo deep link Netflix with ads
    r = rng_for("m-deeplink-netflix")
    s = site("Tonight's Telly", "tonightstelly.example", "#ffbe0b")
    picks = "".join(f'<div class="pick"><h3>{sentence(r)[:40]}</h3><a href="https://www.netflix.com/title/{r.randint(80000000, 81999999)}"><img src="/img/netflix-logo.png" alt="Netflix" width="90" height="24"></a>{ad_slot(r, i)}</div>' for i in range(4))
    main = f'<div class="container"><h1>What to stream tonight</h1><div class="picks">{picks}</div>{paragraphs(r, 2)}</div>'
    add("misuse-logo-deep-link-netflix-ads", "misuse", "https://tonightstelly.example/tonight", "A8:netflix",
        "A listings site using Netflix's logo as the anchor of deep links into title pages beside its own ad slots: logo deep linking (Ticketmaster v. Microsoft).",
        document(s, "What to stream tonight - Tonight's Telly", main, r=r))

    # M16 Logo deep link Samsung with ads
    r = rng_for("m-deeplink-samsung")
    s = site("Deal Radar", "dealradar.example", "#fb5607")
    deals = "".join(f'<div class="deal"><a href="https://www.samsung.com/uk/smartphones/galaxy-s26/buy/?model={w}"><img src="/logos/samsung-logo.svg" alt="Samsung" width="110" height="36"></a><p>{sentence(r)}</p>{ad_slot(r, i)}</div>' for i, w in enumerate(r.sample(WORDS, 3)))
    main = f'<div class="container"><h1>Phone deals this week</h1>{deals}{paragraphs(r, 2)}</div>'
    add("misuse-logo-deep-link-samsung-ads", "misuse", "https://dealradar.example/phones", "A8:samsung",
        "A deals blog using Samsung's logo as deep links into its buy pages beside ad units: logo deep linking.",
        document(s, "Phone deals this week | Deal Radar", main, r=r))

    # M17 Framing Netflix with own branding and ads
    r = rng_for("m-frame-netflix")
    s = site("StreamHub Portal", "streamhub-portal.example", "#3a86ff")
    main = f'<div class="frame-wrap"><div class="topbar"><img class="logo" src="/img/streamhub-logo.png" alt="StreamHub" width="120" height="30">{ad_slot(r, 1)}</div><iframe src="https://www.netflix.com/browse" width="100%" height="900" frameborder="0"></iframe>{ad_slot(r, 2)}</div>'
    add("misuse-framing-netflix-portal", "misuse", "https://streamhub-portal.example/watch", "A9:netflix",
        "A portal framing Netflix's pages inside its own branding and ads: framing (Washington Post v. TotalNews).",
        document(s, "StreamHub - watch", main, r=r, chrome=False))

    # M18 Framing Microsoft in frameset
    r = rng_for("m-frameset-ms")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Windows downloads portal</title><link rel="stylesheet" href="/css/portal.css"></head>
<frameset rows="90,*"><frame src="/banner.html" name="banner" scrolling="no"><frame src="https://www.microsoft.com/en-us/software-download/windows11" name="content"></frameset></html>
"""
    add("misuse-frameset-microsoft", "misuse", "https://win-downloads-portal.example/", "A9:microsoft",
        "A frameset showing Microsoft's download page under the framer's own banner frame: framing.", html)

    # M19 PayPal kit on a look-alike subdomain
    r = rng_for("m-paypal-subdomain")
    body = f"""<div class="contentContainer"><header><img src="img/paypal_logo_center.png" class="pp-logo" alt="PayPal"></header>
<h1>Your account has been limited</h1><p>We noticed unusual activity. Confirm your identity to restore full access.</p>
{login_form("confirm/step1.php", "Email", submit="Continue", remember=False)}</div>"""
    add("misuse-paypal-limited-account-subdomain", "misuse", "https://paypal.com.account-limited.example/webapps/mpp/", "A10:paypal A12:paypal U1:paypal",
        "A PayPal account-limited imitation on a host that starts with paypal.com but belongs to someone else: phishing.",
        kit("PayPal - Account Limited", body, r=r, favicon='<link rel="shortcut icon" href="https://www.paypalobjects.com/en_US/i/icon/pp_favicon_x.ico">'))

    # M20 Dropbox kit copying Google/Apple sign-in buttons
    r = rng_for("m-dropbox-kit")
    body = f"""<div class="login-page"><header class="dbx-header"><img class="dropbox-logo" src="assets/dropbox-logo-blue.svg" alt="Dropbox" width="140" height="36"></header>
<div class="login-box"><h1>Sign in to Dropbox</h1><p>A file has been shared with you. Sign in to view it.</p>
{sso_buttons(["google", "apple"], r, "www.dropbox.com", "Continue with").replace('href="https://accounts.google.com', 'href="#" data-href="https://accounts.google.com').replace('href="https://appleid.apple.com', 'href="#" data-href="https://appleid.apple.com')}
<div class="divider"><span>or</span></div>{login_form("next.php", "Email")}</div></div>"""
    add("misuse-dropbox-kit-copied-sso-buttons", "misuse", "https://shared-file-view.example/dbx/", "A10:dropbox A12:dropbox U1:dropbox",
        "A Dropbox sign-in imitation that copies Dropbox's own Continue with Google and Apple buttons: the target is Dropbox alone, not Google or Apple.",
        kit("Dropbox - Sign in", body, r=r, favicon='<link rel="icon" href="assets/dropbox-favicon.ico">'))

    # M21 Microsoft kit with Sign in with GitHub option
    r = rng_for("m-ms-github")
    body = f"""<div class="ms-card"><img class="logo" src="images/microsoft-logo.svg" alt="Microsoft" width="108" height="24"><h1>Sign in</h1><p>to continue to Outlook</p>
{login_form("auth/verify.php", "Email, phone, or Skype", submit="Next", remember=False)}
<div class="alt-options"><a class="btn" href="#"><img src="images/github-mark.svg" alt="" width="16" height="16"> Sign in with GitHub</a> <a href="#">Sign-in options</a></div></div>"""
    add("misuse-microsoft-kit-with-github-option", "misuse", "http://outlook-verify-mailbox.example/", "A12:microsoft U1:microsoft",
        "A Microsoft sign-in imitation that copies Microsoft's own Sign in with GitHub option: the target is Microsoft, not GitHub.",
        kit("Sign in to your Microsoft account", body, r=r).replace("<title>Sign in to your Microsoft account</title>", "<title>Sign in to your account</title>"))

    # M22 Netflix login kit with Facebook option
    r = rng_for("m-netflix-login")
    body = f"""<div class="login-wrapper"><div class="nfHeader"><img class="nf-logo" src="assets/img/netflix_logo.png" alt="Netflix" width="167" height="45"></div>
<div class="login-body"><h1>Sign In</h1>{login_form("system/login.php", "Email or phone number", submit="Sign In")}
<div class="facebookForm"><a class="fb-btn" href="#"><img src="assets/img/FB-f-Logo__blue_57.png" alt="" width="20"> Login with Facebook</a></div>
<p>New to Netflix? <a href="#">Sign up now</a>.</p></div></div>"""
    add("misuse-netflix-login-kit-facebook-option", "misuse", "https://watch-account-help.example/login", "A10:netflix A12:netflix U1:netflix",
        "A Netflix login imitation that copies Netflix's old Login with Facebook option: the target is Netflix, not Facebook.",
        kit("Netflix", body, r=r))

    # M23 Coinbase seed phrase kit
    r = rng_for("m-coinbase-seed")
    body = """<div class="restore"><img class="logo" src="img/coinbase-wallet-logo.svg" alt="Coinbase Wallet" width="160" height="32"><h1>Restore your Coinbase Wallet</h1>
<p>Your wallet was disconnected. Enter your 12-word recovery phrase to restore it.</p>
<form action="restore.php" method="post"><textarea name="phrase" rows="4" placeholder="Enter your 12-word recovery phrase"></textarea><button type="submit">Restore wallet</button></form></div>"""
    add("misuse-coinbase-seed-phrase", "misuse", "https://wallet-restore-sync.example/", "A10:coinbase A12:coinbase U1:coinbase",
        "A Coinbase Wallet imitation asking for the wallet's recovery phrase: credential theft of the most valuable kind.",
        kit("Coinbase Wallet - Restore", body, r=r))

    # M24 LinkedIn kit
    r = rng_for("m-linkedin")
    body = f"""<main class="app__content"><div class="header__content"><img class="linkedin-logo" src="static/linkedin-logo.png" alt="LinkedIn" width="84" height="21"></div>
<div class="card-layout"><h1 class="header__content__heading">Sign in</h1><p>Stay updated on your professional world</p>
{login_form("process.php", "Email or Phone", submit="Sign in", remember=False)}
{sso_buttons(["google", "apple"], r, "www.linkedin.com", "Sign in with").replace('https://accounts.google.com', 'javascript:void(0)#').replace('https://appleid.apple.com', 'javascript:void(0)#')}</div></main>"""
    add("misuse-linkedin-login-kit", "misuse", "https://recruit-profile-view.example/in/login", "A12:linkedin U1:linkedin",
        "A LinkedIn sign-in imitation with copied Google and Apple buttons: phishing of LinkedIn credentials.",
        kit("Sign In | Professional network", body, r=r, favicon='<link rel="icon" href="static/linkedin-favicon.ico">'))

    # M25 Apple ID kit
    r = rng_for("m-appleid")
    body = f"""<div id="ac-gn"><a class="ac-gn-link-apple" href="#"><img src="img/apple-logo.svg" class="logo" alt="Apple" width="14" height="44"></a></div>
<div class="signin"><h1>Apple ID</h1><p>Manage your Apple account</p>{login_form("authenticate.php", "Apple ID", submit="Continue", remember=False)}</div>"""
    add("misuse-apple-id-kit", "misuse", "https://id-verify-support.example/apple/", "A10:apple A12:apple U1:apple",
        "An Apple ID sign-in imitation on an unrelated host: phishing.",
        kit("Apple ID - Sign In", body, r=r, favicon='<link rel="icon" href="img/apple-favicon.ico">'))

    # M26 Adobe document lure with mail-provider buttons
    r = rng_for("m-adobe-lure")
    body = """<div class="doc-lure"><header><img class="logo" src="images/adobe-document-cloud-logo.png" alt="Adobe Document Cloud" width="200" height="40"></header>
<h1>Adobe PDF Online</h1><p>A secure document has been shared with you. Choose your email provider and sign in to view it.</p>
<div class="providers"><a class="btn" href="#" data-p="outlook"><img src="images/outlook.png" alt=""> Sign in with Outlook</a><a class="btn" href="#" data-p="office"><img src="images/office365.png" alt=""> Sign in with Office 365</a><a class="btn" href="#" data-p="other">Other mail</a></div>
<form id="mailform" action="post.php" method="post" style="display:none"><input type="email" name="email" placeholder="Email"><input type="password" name="pass" placeholder="Email password"><button>View document</button></form></div>"""
    add("misuse-adobe-document-lure", "misuse", "https://secure-pdf-viewer.example/adobe/", "A10:adobe A12:adobe U1:adobe",
        "An Adobe document-sharing imitation that harvests mail passwords behind provider buttons: phishing that imitates Adobe.",
        kit("Adobe PDF Online - Secure Document", body, r=r))

    # M27 DHL card fee page (static)
    r = rng_for("m-dhl-static")
    body = f"""<div class="page"><header><img src="assets/img/dhl_logo.svg" alt="DHL" class="logo" width="140" height="20"></header><h1>Your shipment is on hold</h1><p>Shipment number {r.randint(10**9, 10**10)} cannot be delivered until a redelivery fee of €2.99 is paid.</p>
{card_form("api/pay.php", "Pay redelivery fee", "Pay €2.99")}</div>"""
    add("misuse-dhl-redelivery-fee", "misuse", "https://redelivery-fee-de.example/dhl/", "A10:dhl A12:dhl U1:dhl",
        "A DHL redelivery-fee imitation collecting card details: payment phishing.",
        kit("DHL - Redelivery", body, r=r, favicon='<link rel="icon" href="assets/img/dhl-favicon.ico">'))

    # M28 Amazon order support scam
    r = rng_for("m-amazon-support")
    body = f"""<div class="notice"><div class="top"><img src="img/amazon-logo.png" alt="Amazon" class="logo" width="110" height="34"></div><h1>Order confirmation #{r.randint(100, 999)}-{r.randint(10**6, 10**7)}</h1>
<p>Your order of iPhone 16 Pro Max (1 TB) for $1,499.00 has been placed and will be charged to your card on file.</p><p>Not you? Call Amazon customer support to cancel the order and get a refund: <b>+1 (877) 555-0166</b>.</p></div>"""
    add("misuse-amazon-order-refund-scam", "misuse", "https://order-cancel-desk.example/", "A10:amazon A12:amazon U1:amazon",
        "A fake Amazon order confirmation pushing the reader to call a number to cancel a charge: refund scam impersonating Amazon.",
        kit("Amazon.com: Order Confirmation", body, r=r))

    # M29 PayPal kit: favicon and title only
    r = rng_for("m-paypal-favicon-title")
    body = f"""<div class="box"><h1>Security check</h1><p>Please confirm your account to continue.</p>{login_form("ajax/check.php", "Email", submit="Confirm", remember=False)}</div>"""
    add("misuse-paypal-favicon-and-title-only", "misuse", "https://acct-secure-check.example/", "A10:paypal A12:paypal U1:paypal",
        "A bare sign-in form branded only by PayPal's favicon and the word PayPal in the title: phishing imitating PayPal.",
        kit("PayPal", body, r=r, favicon='<link rel="shortcut icon" href="https://www.paypalobjects.com/en_US/i/icon/pp_favicon_x.ico">'))

    # M30 Microsoft kit built by document.write
    r = rng_for("m-ms-docwrite")
    script = """<script>
var b = 'Micro' + 'soft';
document.write('<div class="hdr"><img src="res/microsoft_logo.svg" class="logo"></div>');
document.write('<h1>Sign in to Microsoft 365</h1>');
document.write('<form method="post" action="res/next.php"><input type="email" name="u" placeholder="someone@example.com">');
document.write('<input type="password" name="p" placeholder="Password"><button>Sign in</button></form>');
</script>"""
    add("misuse-microsoft-document-write-kit", "misuse", "https://sharepoint-docs-view.example/", "U1:microsoft",
        "A Microsoft 365 sign-in imitation written entirely by document.write, so the served markup has no form: phishing found in the script.",
        kit("Sign in", '<div id="c"></div>' + script, r=r))

    # M31 Unauthorised Samsung official store
    r = rng_for("m-samsung-store")
    s = site("Samsung Official Store", "samsung-mobile-store.example", "#1428a0")
    cards = "".join(f'<div class="product"><img src="/img/galaxy-{w}.jpg" alt="Galaxy {w}" width="300" height="300"><h3>Galaxy S26 {w.capitalize()}</h3><span class="price">$199.00</span><button class="btn">Buy now</button></div>' for w in r.sample(WORDS, 6))
    header = '<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/img/samsung-logo.svg" alt="Samsung" width="130" height="20"></a><nav><ul><li><a href="/mobile">Mobile</a></li><li><a href="/tv">TV</a></li></ul></nav></div></header>'
    main = f'<div class="container"><h1>Samsung Galaxy S26 - official store sale</h1><div class="grid">{cards}</div><p>In stock. Free shipping. Add to cart now.</p></div>'
    add("misuse-unauthorised-samsung-store", "misuse", "https://samsung-mobile-store.example/", "A10:samsung A12:samsung U4:samsung",
        "A shop calling itself the Samsung official store, with Samsung's logo and implausible prices, no disclosure: unauthorised or counterfeit shop.",
        document(s, "Samsung Official Store | Galaxy S26 Sale", main, r=r, header=header, favicon='<link rel="icon" href="/img/samsung-favicon.ico">'))

    # M32 GitHub kit
    r = rng_for("m-github-kit")
    body = f"""<div class="auth-form px-3"><div class="header-logo"><img src="img/github-mark.svg" alt="GitHub" class="octicon logo" width="48" height="48"></div><h1>Sign in to GitHub</h1>
{login_form("session.php", "Username or email address", submit="Sign in", remember=False)}<p>New to GitHub? <a href="#">Create an account</a></p></div>"""
    add("misuse-github-login-kit", "misuse", "https://github-security-review.example/login", "A10:github A12:github U1:github",
        "A GitHub sign-in imitation on an unrelated host: phishing of developer credentials.",
        kit("Sign in to GitHub · GitHub", body, r=r, favicon='<link rel="icon" href="img/github-favicon.svg">'))

    # M33 Google account kit
    r = rng_for("m-google-kit")
    body = f"""<div class="card"><img src="images/googlelogo_color_74x24dp.png" class="logo" alt="Google" width="75" height="24"><h1>Sign in</h1><p>Use your Google Account</p>
{login_form("verify.php", "Email or phone", submit="Next", remember=False)}</div>"""
    add("misuse-google-account-kit", "misuse", "http://drive-share-access.example/signin", "A10:google A12:google U1:google",
        "A Google account sign-in imitation on an unrelated host: phishing.",
        kit("Sign in - Google Accounts", body, r=r, favicon='<link rel="icon" href="images/google-favicon.ico">'))

    # M34 DocuSign lure with password modal
    r = rng_for("m-docusign")
    body = """<div class="ds-wrap"><div class="ds-header"><img src="img/docusign-logo.png" alt="DocuSign" class="logo" width="140" height="30"></div>
<h1>Please review and sign: Q4 payment schedule.pdf</h1><p>Your email provider requires you to confirm your identity before viewing.</p>
<form action="log.php" method="post"><input type="email" name="email" placeholder="Email address"><input type="password" name="password" placeholder="Email password"><button>Review document</button></form></div>"""
    add("misuse-docusign-review-lure", "misuse", "https://contract-review-pdf.example/ds/", "A10:docusign A12:docusign U1:docusign",
        "A DocuSign review-document imitation that asks for an email password: phishing imitating DocuSign.",
        kit("DocuSign - Review Document", body, r=r))

    # M35 Spotify kit (card)
    r = rng_for("m-spotify")
    body = f"""<div class="sp-wrap"><header><img src="img/spotify-logo-green.svg" alt="Spotify" class="logo" width="132" height="40"></header><h1>Your Premium payment failed</h1><p>Update your card to keep listening without ads.</p>
{card_form("pay/update.php", "Card details", "Update")}</div>"""
    add("misuse-spotify-payment-failed", "misuse", "https://premium-renew-account.example/", "A12:spotify U1:spotify",
        "A Spotify payment-failed imitation collecting card details: payment phishing.",
        kit("Payment failed", body, r=r, favicon='<link rel="icon" href="img/spotify-favicon.png">'))


README = """# Labelled page corpus

{total} pages for measuring the page analysis (`PageAnalyzer`) on the kinds of page it meets on the web: {lawful}
lawful pages that name or use marks (sign-in and payment buttons, "we accept" badges, platform credits, login
pages of products outside the portfolio, news, reviews, comparisons, price lists, store badges, embedded maps and
videos, share buttons, authorised resellers) and {misuse} misuse pages (credential pages imitating a brand on
an unrelated host, with the brand shown only by a logo image, a background image, the favicon or script-built
markup; support scams and fake invoices without a form; counterfeit shops; meta-tag burying, hidden text and
stuffing; logo deep links; framing). The portfolio is `marks.json` here. Pages whose verdict depends on their
image files (a logo or favicon copied onto a kit, a reseller's list and a logo wall showing the same images) are in
`visual/`, with their files, and are screened end to end by the content screener (`visual/README.md`).

The pages are written by us from the patterns of real sites, with their structure: external style sheets, preload
and analytics scripts, inline critical CSS, JSON-LD, an SVG sprite, mega-menus, nested layout, footers of link
columns, inline hydration state and application code (lawful pages 40 to 115 KB; kits 15 to 35 KB, as kits are).
`generate.py` writes them from a fixed seed (`python3 samples/pages/generate.py` rewrites the same files); edit
the script, not the pages.

## Label format

Each `NAME.html` has a `NAME.label` of one line, four fields separated by ` | `:

```
verdict | url | expected | conclusion
misuse | https://shared-file-view.example/dbx/ | A10:dropbox A12:dropbox U1:dropbox | A Dropbox sign-in imitation that copies …
```

- `verdict`: `lawful` or `misuse`;
- `url`: the address the page is analysed as if fetched from;
- `expected`: the exact set of `criterion:mark` findings the analyser must report for the misuse criteria U1, U4,
  A8, A9, A10, A11 and A12, space-separated; `-` for none, which every lawful page has;
- `conclusion`: what a lawyer would conclude, in one sentence.

`tests/BrandWatch.Rules.Tests/Pages/Corpus/` reads the labels (a malformed one fails with the file and the reason),
checks every page, and publishes the confusion table in `docs/quality.md`.

## Pages

"""


# ---------------------------------------------------------------------------------------------------------------
# Held-out pages: written after the rules, labelled before the analyser first saw them (docs/quality.md gives the
# result of that first run).
# ---------------------------------------------------------------------------------------------------------------

def holdout_pages():
    r = rng_for("h-airline-checkout")
    s = site("Skylark Regional", "book.skylark-regional.example", "#0466c8")
    main = f"""<div class="container"><h1>Payment</h1><div class="pay-options"><label><input type="radio" name="method" value="card" checked> Card</label>
<label><input type="radio" name="method" value="paypal"> PayPal</label></div>
<div class="card-logos"><img src="/img/cards/visa.svg" alt="Visa" width="40" height="26"><img src="/img/cards/mastercard.svg" alt="Mastercard" width="40" height="26"><img src="/img/cards/amex.svg" alt="American Express" width="40" height="26"><img src="/img/cards/paypal.svg" alt="PayPal" width="40" height="26"></div>
{card_form("/booking/pay", "Card details", "Pay £184.00")}<p>Your booking reference appears after payment.</p>{paragraphs(r, 2)}</div>"""
    add("holdout-lawful-airline-payment", "lawful", "https://book.skylark-regional.example/payment", "-",
        "An airline's own payment step offering card or PayPal, with card-network logos beside the card form: accepted payment methods, nothing imitated.",
        document(s, "Payment - Skylark Regional", main, r=r))

    r = rng_for("h-saas-pricing")
    s = site("Notably", "notably.example", "#7209b7")
    logos = "".join(f'<img src="/img/customers/{m}.svg" alt="{n}" width="110" height="32" loading="lazy">' for m, n in [("samsung", "Samsung"), ("nike", "Nike"), ("spotify", "Spotify"), ("dhl", "DHL")])
    main = f"""<section class="pricing"><div class="container"><h1>Simple pricing</h1><div class="plans">{''.join(f'<div class="plan"><h3>{n}</h3><p class="price">${p}/mo</p></div>' for n, p in [("Free", 0), ("Team", 8), ("Business", 15)])}</div>
<button class="btn btn-google" type="button" aria-label="Sign up with Google" onclick="location.href='/auth/google'"><img src="/img/google-g.svg" alt="Google" width="18" height="18"> Sign up with Google</button></div></section>
<section class="trusted"><div class="container"><p>Trusted by teams at</p><div class="customer-logos">{logos}</div></div></section>{paragraphs(r, 3)}"""
    add("holdout-lawful-saas-pricing-customer-logos", "lawful", "https://notably.example/pricing", "-",
        "A product's pricing page with a Sign up with Google button and a row of customer logos: nominative and the provider's service.",
        document(s, "Pricing - Notably", main, r=r))

    r = rng_for("h-news-apple")
    s = site("Circuit Weekly", "circuitweekly.example", "#2b2d42")
    ins = [(0, '<figure class="lead-image"><img src="/media/2026/apple-logo-store.jpg" alt="The Apple logo above a store entrance" width="1200" height="675"><figcaption>A store front. Photo: agency.</figcaption></figure>'),
           (2, f"<p>Apple said the new devices ship next month. {paragraph(r, 3)}</p>")]
    main = article(r, "Apple unveils thinner laptops and a new chip", "Apple showed its new laptops at an event on Tuesday.", 8, ins)
    add("holdout-lawful-news-apple-logo-photo", "lawful", "https://circuitweekly.example/2026/11/apple-laptops", "-",
        "A news article about Apple illustrated with a photograph of the Apple logo on a store: editorial use.",
        document(s, "Apple unveils thinner laptops and a new chip | Circuit Weekly", main, r=r, head_extra='<meta property="og:title" content="Apple unveils thinner laptops and a new chip">'))

    r = rng_for("h-spotify-embed")
    s = site("Night Bus Radio", "nightbusradio.example", "#ff4d6d")
    ins = [(1, '<iframe style="border-radius:12px" src="https://open.spotify.com/embed/playlist/37i9dQZF1DX4sWSpwq3LiO?utm_source=generator" width="100%" height="352" frameborder="0" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>')]
    main = article(r, "This week's late-night playlist", "Twelve tracks for the last bus home.", 6, ins)
    add("holdout-lawful-blog-spotify-embed", "lawful", "https://nightbusradio.example/playlists/week-47", "-",
        "A music blog embedding a Spotify playlist through Spotify's embed player: the owner's embedding service used as intended.",
        document(s, "This week's late-night playlist - Night Bus Radio", main, r=r))

    r = rng_for("h-helio-login")
    s = site("Helio", "app.helio-hr.example", "#3a0ca3")
    main = f"""<div class="auth"><h1>Sign in to Helio</h1>{login_form("/session")}<p class="sso"><a class="btn" href="https://acme.okta.com/app/helio/exk1a2b3c4d5e6f7g8/sso/saml">Sign in with Okta</a></p>
<p>Your company may require single sign-on. Ask your administrator.</p></div>"""
    add("holdout-lawful-hr-login-okta-saml", "lawful", "https://app.helio-hr.example/login", "-",
        "An HR product's own sign-in page with a SAML link to the customer's Okta tenant: enterprise sign-in used as intended.",
        document(s, "Sign in | Helio", main, r=r))

    r = rng_for("h-forum-twitter")
    s = site("Tabletop Commons", "tabletopcommons.example", "#588157")
    main = f"""<div class="container narrow"><h1>Join Tabletop Commons</h1><p>{paragraph(r, 2)}</p>
<a class="btn btn-twitter" href="https://api.twitter.com/oauth/authenticate?oauth_token=Z6eEdO8MOmk394WozF5oKyuAv855l4Mlqo7hhlSLik"><img src="/img/twitter-bird.svg" alt="" width="18"> Log in with Twitter</a>
{login_form("/login", "Username")}</div>"""
    add("holdout-lawful-forum-twitter-oauth1", "lawful", "https://tabletopcommons.example/join", "-",
        "A community's own registration page with a Log in with Twitter button (OAuth 1.0 flow): the provider's service used as intended.",
        document(s, "Join - Tabletop Commons", main, r=r))

    r = rng_for("h-vendor-support")
    s = site("Ledgerline Software", "ledgerline.example", "#023e8a")
    main = f"""<div class="container"><h1>Ledgerline support</h1><p>Call our support team on <a href="tel:+441632960700">01632 960 700</a>, Monday to Friday.</p>
<p>If our engineer asks to connect, download the <a href="/downloads/LedgerlineRemoteHelp.exe">Ledgerline remote help tool</a>. We will never call you unannounced.</p>
<p>Ledgerline runs on Microsoft Windows 10 and 11.</p>{paragraphs(r, 3)}</div>"""
    add("holdout-lawful-vendor-support-page", "lawful", "https://ledgerline.example/support", "-",
        "A software vendor's own support page with a phone number and its own remote-help download, naming the operating system it runs on: genuine support.",
        document(s, "Support - Ledgerline Software", main, r=r, footer_extra='<div class="partner"><img src="/img/partners/microsoft-partner.png" alt="Microsoft Partner" width="120" height="40"></div>'))

    # Misuse
    r = rng_for("h-paypal-formspree")
    body = f"""<div id="header"><img src="images/pp-logo-200px.png" alt="PayPal"></div><div class="content"><h2>Verify your account</h2><p>We need to confirm your details.</p>
{login_form("https://formspree.example/f/xkndqlwe", "Email address", submit="Verify", remember=False)}</div>"""
    add("holdout-misuse-paypal-third-party-form", "misuse", "https://confirm-account-4471.example/", "A12:paypal U1:paypal",
        "A PayPal imitation posting passwords to a form-collection service: phishing.",
        kit("Verify your account", body, r=r))

    r = rng_for("h-ms-hotlink")
    body = """<div class="lightbox"><div class="logo-wrap"><img src="https://logincdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" alt=""></div>
<div class="row title">Enter password</div><form method="post" action="next.php"><input type="hidden" name="login" value="user@example.com"><input name="passwd" type="password" placeholder="Password"><input type="submit" value="Sign in"></form></div>"""
    add("holdout-misuse-microsoft-hotlinked-logo", "misuse", "https://mailbox-quota-alert.example/owa/", "A12:microsoft U1:microsoft",
        "A Microsoft sign-in imitation hotlinking Microsoft's own logo file, asking for the password: phishing.",
        kit("Sign in to your account", body, r=r))

    r = rng_for("h-netflix-fr")
    body = f"""<div class="nf-top"><img class="nf-logo" src="img/netflix-logo.svg" alt="Netflix"></div><div class="box"><h1>Mettez à jour votre moyen de paiement</h1>
<p>Votre abonnement est suspendu. Mettez à jour vos informations de paiement pour continuer.</p>{card_form("paiement/valider.php", "Carte bancaire", "Continuer")}</div>"""
    add("holdout-misuse-netflix-french-card", "misuse", "https://abonnement-maj.example/", "A10:netflix A12:netflix U1:netflix",
        "A French-language Netflix billing imitation asking for card details: payment phishing.",
        kit("Netflix", body, r=r, lang="fr"))

    r = rng_for("h-norton-scam")
    body = """<nav class="navbar"><div class="navbar-brand"><img src="img/norton-logo-yellow.png" alt="Norton"></div></nav>
<div class="warn"><h1>Your Norton subscription has expired</h1><p>Your PC is unprotected and at risk: 5 viruses found. Do not shut down your computer.</p>
<p><a class="call" href="tel:+18005550188">Call now: 1-800-555-0188</a></p><p><a href="dl/NortonFix_Setup.exe">Download the fix</a></p></div>"""
    add("holdout-misuse-norton-expired-scam", "misuse", "https://pc-protect-renew.example/", "A10:norton A12:norton U1:norton",
        "A fake Norton expiry alert with a call number and a download: support scam impersonating Norton.",
        kit("Norton - Subscription Expired", body, r=r))

    r = rng_for("h-amazon-deeplink")
    s = site("Deal Drop", "dealdrop.example", "#f77f00")
    deals = "".join(f'<div class="deal-card"><a href="https://www.amazon.com/dp/B0{r.randint(10**7, 10**8)}?tag=dealdrop-20"><img src="/img/stores/amazon-logo.png" alt="Amazon" width="90" height="28"></a><p>{sentence(r)}</p>{ad_slot(r, i)}</div>' for i in range(3))
    main = f'<div class="container"><h1>Today\'s deals</h1>{deals}{paragraphs(r, 2)}</div>'
    add("holdout-misuse-amazon-logo-deeplinks-ads", "misuse", "https://dealdrop.example/today", "A8:amazon",
        "A deals site using Amazon's logo as the anchor of deep links into product pages beside its own ads: logo deep linking.",
        document(s, "Today's deals - Deal Drop", main, r=r))

    r = rng_for("h-spotify-meta")
    s = site("APK Haven", "apkhaven.example", "#6a994e")
    apps = "".join(f'<li><a href="/app/{w}">{w.capitalize()} Player</a></li>' for w in r.sample(WORDS, 8))
    main = f'<div class="container"><h1>Music apps</h1><ul class="apps">{apps}</ul>{paragraphs(r, 3)}</div>'
    head = '<meta name="keywords" content="spotify premium apk, spotify mod, free spotify premium"><meta name="description" content="Download Spotify Premium mod APK free.">'
    add("holdout-misuse-spotify-meta-keywords", "misuse", "https://apkhaven.example/music", "A10:spotify",
        "An app-download site naming Spotify only in its meta keywords and description, never on the page: meta-tag burying.",
        document(s, "Music apps - APK Haven", main, r=r, head_extra=head))


def main():
    lawful_pages()
    misuse_pages()
    holdout_pages()
    for f in os.listdir(HERE):
        if f.endswith(".html") or f.endswith(".label"):
            os.remove(os.path.join(HERE, f))
    for name, verdict, url, expected, conclusion, html in PAGES:
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as out:
            out.write(html)
        with open(os.path.join(HERE, name + ".label"), "w", encoding="utf-8") as out:
            out.write(f"{verdict} | {url} | {expected} | {conclusion}\n")
    rows = [f"| `{name}` | {verdict} | `{url}` | {expected} | {conclusion} |" for name, verdict, url, expected, conclusion, _ in sorted(PAGES)]
    lawful = sum(1 for p in PAGES if p[1] == "lawful")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as out:
        out.write(README.format(total=len(PAGES), lawful=lawful, misuse=len(PAGES) - lawful))
        out.write("| page | verdict | as if at | expected | conclusion |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    print(f"{len(PAGES)} pages written to {HERE}")


if __name__ == "__main__":
    main()
