"""Stored-XSS payloads: the corpus tests/security places in every field a user writes.

Each payload, if it ever ran, would call ``window.__xss(N)`` with its own
number, so the browser test can say which one got through. ``PAYLOADS`` is a
list of ``(number, kind, text)``; the numbers are stable (a failure names the
payload), the kinds group them for reading.

DOM-clobbering payloads give their elements ids and names that start with
``CLOBBER``: no element the site renders from user content may carry them.
Template-looking payloads ask for ``settings.SECRET_KEY``: it must never
appear in an answer.
"""

MARKER = "__xss"
CLOBBER = "xssclobber"


def _call(n):
    return f"window.{MARKER}({n})"


# (kind, template): "{js}" becomes the marker call, "{n}" the number, "{b64}" a base64 page calling it.
_TEMPLATES = [
    # <script> in its many spellings
    ("script", "<script>{js}</script>"),
    ("script", "<ScRiPt>{js}</sCrIpT>"),
    ("script", "<script src=data:,{js}></script>"),
    ("script", "<scr<script>ipt>{js}</scr</script>ipt>"),
    ("script", "<script/x>{js}</script>"),
    ("script", "<<script>script>{js}<</script>/script>"),
    ("script", "</script><script>{js}</script>"),
    # event handlers
    ("handler", "<img src=x onerror={js}>"),
    ("handler", '<img src="x" onerror="&#x77;indow.__xss({n})">'),
    ("handler", "<IMG SRC=x ONERROR={js}>"),
    ("handler", "<img/src=x/onerror={js}>"),
    ("handler", "<img src=x onerror\n={js}>"),
    ("handler", "<body onload={js}>"),
    ("handler", "<details open ontoggle={js}>x</details>"),
    ("handler", "<input autofocus onfocus={js}>"),
    ("handler", "<video><source onerror={js}></video>"),
    ("handler", "<div onpointerover={js} onmouseover={js}>hover</div>"),
    ("handler", "<marquee onstart={js}>x</marquee>"),
    # javascript: and data: addresses, plain and obfuscated
    ("url", '<a href="javascript:{js}">klik</a>'),
    ("url", '<a href="  &#x6A;avascript:{js}">klik</a>'),
    ("url", '<a href="java&#x09;script:{js}">klik</a>'),
    ("url", '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{js}">klik</a>'),
    ("url", '<a href="data:text/html;base64,{b64}">klik</a>'),
    ("url", '<iframe src="javascript:{js}"></iframe>'),
    ("url", '<iframe srcdoc="&lt;script&gt;parent.__xss({n})&lt;/script&gt;"></iframe>'),
    ("url", '<object data="javascript:{js}"></object>'),
    ("url", '<embed src="javascript:{js}">'),
    ("url", '<form action="javascript:{js}"><button>kirim</button></form>'),
    ("url", "<button formaction=javascript:{js}>kirim</button>"),
    ("url", '<meta http-equiv="refresh" content="0;url=javascript:{js}">'),
    ("url", '<base href="javascript:{js}//">'),
    ("url", '<div style="background:url(javascript:{js})">x</div>'),
    # Markdown link and image tricks
    ("markdown", "[klik](javascript:{js})"),
    ("markdown", "[klik](JaVaScRiPt:{js})"),
    ("markdown", "[klik](java%0ascript:{js})"),
    ("markdown", "[klik](&#106;avascript:{js})"),
    ("markdown", "[klik](<javascript:{js}>)"),
    ("markdown", "[klik](data:text/html;base64,{b64})"),
    ("markdown", "![gambar](javascript:{js})"),
    ("markdown", '![x" onerror="{js}](https://example.org/x.png)'),
    ("markdown", '[klik](https://example.org/" onmouseover="{js})'),
    ("markdown", "[klik][ref{n}]\n\n[ref{n}]: javascript:{js}"),
    ("markdown", "<javascript:{js}>"),
    ("markdown", "[<img src=x onerror={js}>](https://example.org/)"),
    ("markdown", "`</code><script>{js}</script>`"),
    ("markdown", "```\n</code></pre><script>{js}</script>\n```"),
    # SVG
    ("svg", "<svg onload={js}>"),
    ("svg", "<svg><script>{js}</script></svg>"),
    ("svg", "<svg><animate onbegin={js} attributeName=x dur=1s>"),
    ("svg", '<svg><a xlink:href="javascript:{js}"><text x="20" y="20">klik</text></a></svg>'),
    ("svg", "<svg><set attributeName=onmouseover to={js}>"),
    ("svg", "<svg><foreignObject><img src=x onerror={js}></foreignObject></svg>"),
    ("svg", "<svg><style><img src=x onerror={js}></style></svg>"),
    # MathML and mutation XSS (the parser and the browser disagree about the tree)
    ("mxss", "<math><mtext><table><mglyph><style><img src=x onerror={js}>"),
    ("mxss", '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror={js} src=1>">'),
    ("mxss", "<form><math><mtext></form><form><mglyph><style></math><img src onerror={js}>"),
    ("mxss", '<math href="javascript:{js}">klik</math>'),
    ("mxss", '<noscript><p title="</noscript><img src=x onerror={js}>">'),
    ("mxss", '<svg></p><style><a id="</style><img src=1 onerror={js}>">'),
    ("mxss", '<select><template><style><!--</style><a rel="--></template></select><img src onerror={js}>">'),
    # DOM clobbering
    ("clobber", '<img name="{clobber}{n}" src="x">'),
    ("clobber", '<form id="{clobber}{n}"><input name="action" value="javascript:{js}"></form>'),
    ("clobber", '<a id="{clobber}{n}" href="javascript:{js}">x</a><a id="{clobber}{n}" name="src">y</a>'),
    ("clobber", '<form name="{clobber}{n}"><img name="getElementById"></form>'),
    # broken and unclosed markup
    ("broken", "<img src=x onerror={js}"),
    ("broken", '<a href="javascript:{js}"'),
    ("broken", '<div title="</div><img src=x onerror={js}>">'),
    ("broken", '<!--<img src="--><img src=x onerror={js}//">'),
    ("broken", "<![CDATA[><img src=x onerror={js}>]]>"),
    ("broken", "<p <img src=x onerror={js}>>"),
    ("broken", "<style><img src=x onerror={js}></style>"),
    ("broken", "<textarea><img src=x onerror={js}></textarea>"),
    ("broken", "<title><img src=x onerror={js}></title>"),
    ("broken", "<xmp><img src=x onerror={js}></xmp>"),
    # attribute and element breakouts, both quote kinds
    ("breakout", '" onmouseover="{js}" autofocus onfocus="{js}" x="'),
    ("breakout", "' onmouseover='{js}' autofocus onfocus='{js}' x='"),
    ("breakout", '"><script>{js}</script>'),
    ("breakout", "'><img src=x onerror={js}>"),
    ("breakout", "</textarea><script>{js}</script>"),
    ("breakout", "</title><script>{js}</script>"),
    ("breakout", "</style><script>{js}</script>"),
    ("breakout", "--><script>{js}</script>"),
    ("breakout", "]]><script>{js}</script>"),
    ("breakout", '";{js};//'),
    ("breakout", "';{js};//"),
    # template-looking text
    ("template", "{{{{ constructor.constructor('{js}')() }}}}"),
    ("template", "{{% debug %}}{{{{ settings.SECRET_KEY }}}}<img src=x onerror={js}>"),
    ("template", "${{{js}}}"),
    ("template", "{{{{7*7}}}}<img src=x onerror={js}>"),
    # characters that become markup after normalising
    ("unicode", "\uff1cscript\uff1e{js}\uff1c/script\uff1e"),
    ("unicode", "\u2028<img src=x onerror={js}>\u2029"),
]


def _base64_page(n):
    import base64

    return base64.b64encode(f"<script>parent.{MARKER}({n})</script>".encode()).decode()


def _build():
    payloads = []
    for n, (kind, template) in enumerate(_TEMPLATES, start=1):
        text = template.format(js=_call(n), n=n, b64=_base64_page(n), clobber=CLOBBER)
        payloads.append((n, kind, text))
    return payloads


PAYLOADS = _build()
KINDS = sorted({kind for _, kind, _ in PAYLOADS})


def payload_texts():
    return [text for _, _, text in PAYLOADS]


def packed(max_length, *, separator=" "):
    """The corpus cut into texts of at most ``max_length`` characters, each payload whole in one of them.

    For short fields (titles, names, tags): every payload goes into some
    object's field. A payload longer than the field is cut to fit.
    """
    texts, current = [], ""
    for text in payload_texts():
        text = text[:max_length]
        candidate = f"{current}{separator}{text}" if current else text
        if len(candidate) <= max_length:
            current = candidate
        else:
            texts.append(current)
            current = text
    if current:
        texts.append(current)
    return texts


def as_markdown_body():
    """All payloads in one Markdown text, one paragraph each."""
    return "\n\n".join(payload_texts())
