"""First-load weight of a page (default: the home page) against the 60 KB budget; prints, asserts nothing.

    python bench/page_weight.py [--members 500] [PATH ...]

Builds a throwaway database with generated members (bench/benchsite.py),
fetches the page through Django's test client, then every asset a first
visit downloads: stylesheets, scripts, images, the favicon, and whatever
the stylesheets pull in with url() or @import. Static files come through
WhiteNoise, as in production. Sizes are compressed with gzip level 6 (a
typical server setting); the budget is for the compressed total.
"""

import argparse
import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import benchsite

BUDGET_KB = 60
KB = 1024
CSS_REFERENCE = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


class AssetFinder(HTMLParser):
    """Collects (kind, url) for what a browser fetches on first load, in document order."""

    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.assets.append(("CSS", attrs["href"]))
        elif tag == "link" and "icon" in rel and attrs.get("href"):
            self.assets.append(("favicon", attrs["href"]))
        elif tag == "link" and ("preload" in rel or "modulepreload" in rel) and attrs.get("href"):
            self.assets.append(("preload", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.assets.append(("JS", attrs["src"]))
        elif tag == "img" and attrs.get("src") and attrs.get("loading") != "lazy":
            self.assets.append(("gambar", attrs["src"]))


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def fetch(client, url):
    path = urlsplit(url)
    if path.netloc:  # an asset from another host would be fetched from there: not ours to weigh
        return None, None
    response = client.get(path.path + (f"?{path.query}" if path.query else ""))
    return response.status_code, body_of(response)


def assets_of(client, page_path, html):
    finder = AssetFinder()
    finder.feed(html.decode("utf-8", "replace"))
    assets = [(kind, urljoin(page_path, url)) for kind, url in finder.assets]
    if not any(kind == "favicon" for kind, _ in assets):
        assets.append(("favicon", "/favicon.ico"))  # what browsers ask for without a <link rel=icon>
    seen, queue = set(), list(assets)
    while queue:
        kind, url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        status, body = fetch(client, url)
        yield kind, url, status, body
        if kind == "CSS" and body:
            for match in CSS_REFERENCE.finditer(body.decode("utf-8", "replace")):
                reference = match.group(1) or match.group(2)
                if not reference.startswith("data:"):
                    queue.append(("via CSS", urljoin(url, reference)))


def gzipped(body):
    return len(gzip.compress(body, compresslevel=6, mtime=0))


def report(client, page_path):
    response = client.get(page_path)
    html = body_of(response)
    rows = [("HTML", page_path, response.status_code, html)]
    rows.extend(assets_of(client, page_path, html))

    print(f"\nBobot muat pertama {page_path} (gzip level 6; 1 KB = {KB} byte)\n")
    header = f"{'jenis':<9} {'aset':<40} {'status':>6} {'mentah KB':>10} {'gzip KB':>9}"
    print(header)
    print("-" * len(header))
    total_raw = total_gzip = 0
    for kind, url, status, body in rows:
        if body is None:
            print(f"{kind:<9} {url[:40]:<40} {'luar':>6} {'-':>10} {'-':>9}")
            continue
        if status != 200:
            print(f"{kind:<9} {url[:40]:<40} {status:>6} {'-':>10} {'-':>9}   (tidak dihitung)")
            continue
        raw, packed = len(body), gzipped(body)
        total_raw += raw
        total_gzip += packed
        print(f"{kind:<9} {url[:40]:<40} {status:>6} {raw / KB:>10.1f} {packed / KB:>9.1f}")
    print("-" * len(header))
    print(f"{'total':<9} {'':<40} {'':>6} {total_raw / KB:>10.1f} {total_gzip / KB:>9.1f}")
    used = total_gzip / KB
    verdict = "di dalam anggaran" if used <= BUDGET_KB else "MELEBIHI anggaran"
    print(
        f"\nAnggaran {BUDGET_KB} KB (gzip): terpakai {used:.1f} KB ({used / BUDGET_KB:.0%}), "
        f"sisa {BUDGET_KB - used:.1f} KB — {verdict}."
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", default=["/"], help="pages to weigh (default: /)")
    parser.add_argument("--members", type=int, default=500, help="generated members (500)")
    options = parser.parse_args()

    workdir = benchsite.start()
    benchsite.grow_members(options.members)
    print(f"Basis data sementara: {workdir}; {options.members} anggota")

    from django.test import Client

    client = Client()
    for path in options.paths:
        report(client, path)


if __name__ == "__main__":
    main()
