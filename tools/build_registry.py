#!/usr/bin/env python3
"""Builds resources/registry/outlets.tsv, the outlet registry Sourcelight ships, from the two data sets in
../shared/data (see resources/registry/README.md):

  state-media-profiles/State_Media_Matrix.csv  (MIT, ASD-at-GMF; State Media Monitor typology codes)
  outlets-reference/outlets.csv                (sourced facts on ~80 outlets, incl. private/cooperative/party ones)
and from the reference list kept in this repository:
  resources/registry/major-outlets.csv         (major outlets that are not state media: US, Canadian, UK,
                                                Australian, Indian papers, networks and wire services, each with
                                                country, owner and the public source of those facts)

Usage:  python3 tools/build_registry.py [DATA_DIR] [OUT_FILE]
Defaults: DATA_DIR=../../shared/data relative to this repository (or /work/shared/data), OUT_FILE=resources/registry/outlets.tsv

Deterministic: the same input gives byte-identical output. Python 3 standard library only.
Rules:
  * outlets-reference wins where it has sourced facts (name, owner, model, year, rating source, caveats);
    a State Media Monitor row that names the same outlet (same country, and the same name/alias or a shared
    domain) is merged into it, adding its domains and name as an alias and confirming UNVERIFIED domains.
  * Domains the reference marks UNVERIFIED (and not confirmed by the ASD data) are listed in the note.
  * An outlet without a model gets an empty typology: nothing is ever labelled independent because data is missing.
  * major-outlets rows are never rated and never merged with a State Media Monitor row (the script stops if one
    would match: a state-media row and a private outlet must not share an entry).
"""
import csv
import os
import re
import sys
import unicodedata

ASD_CSV_URL = ("https://github.com/ASD-at-GMF/state-media-profiles/blob/"
               "d91150805c0dcd0262bf6d269b5ea8dc5d4a92cf/State_Media_Matrix.csv")
ASD_YEAR = 2023  # the ASD data set carries the State Media Monitor seed of August 2023
CODES = ["SC", "CaPu", "CaPr", "ISFM", "ISF", "ISM", "IP"]
SHORT = {
    "SC": "state-controlled",
    "CaPu": "captured public/state-managed",
    "CaPr": "captured private",
    "ISFM": "independent state-funded and state-managed",
    "ISF": "independent state-funded",
    "ISM": "independent state-managed",
    "IP": "independent public",
}
COUNTRY_FIX = {
    "UAE": "United Arab Emirates",
    "United States of America": "United States",
    "Palestine territories": "Palestine",
    "Europen Union": "European Union",
}
# Domains in the ASD data that do not belong to the outlet (explained in the reference data's notes).
BAD_DOMAINS = {"kcnawatch.org": "third-party monitoring site (NK News), not North Korean state media"}
# Prefixes some State Media Monitor asset names carry ("Television: Al-Iraqiya") and the kind they name.
KIND_PREFIX = {
    "television": "broadcaster", "tv": "broadcaster", "radio": "broadcaster",
    "print": "newspaper", "print media": "newspaper", "newspaper": "newspaper",
    "news agency": "news agency", "agency": "news agency", "online": "website", "online media": "website",
}
COLUMNS = ["id", "name", "aliases", "domains", "country", "owner", "typology", "classification", "year",
           "source_url", "note", "kind", "sources"]
DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+/)*[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def clean(s):
    return re.sub(r"\s+", " ", (s or "").replace("\t", " ")).strip()


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "outlet"


def country_key(c):
    return norm(re.split(r" \(| / ", c)[0])


def host_of(url):
    u = clean(url).lower()
    if not u:
        return ""
    u = re.sub(r"^[a-z]+://", "", u)
    u = u.split("/")[0].split(":")[0]
    if u.startswith("www."):
        u = u[4:]
    return u if "." in u else ""


def split_list(s):
    """Splits a '; '-separated cell, respecting parentheses."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == ";" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [clean(x) for x in out if clean(x)]


def parse_domains(cell):
    """Returns [(domain, verified)] from a reference 'domains' cell."""
    out = []
    for item in split_list(cell):
        verified = "UNVERIFIED" not in item
        item = re.sub(r"\([^)]*\)", " ", item)
        for tok in re.split(r"[\s,]+", item):
            tok = tok.strip().lower().rstrip(".")
            if not tok or not DOMAIN_RE.match(tok):
                continue
            if "/" in tok:  # "spanish/french/arabic.xinhuanet.com"
                head, rest = tok.rsplit("/", 1)
                first, _, tail = rest.partition(".")
                for sub in head.split("/") + [first]:
                    out.append((sub + "." + tail, verified))
            else:
                out.append((tok, verified))
    return out


def parse_aliases(cell, countries):
    out = []
    for item in split_list(cell):
        if item.startswith("("):
            continue
        for part in item.split(" / "):
            part = clean(re.sub(r"\([^)]*\)", "", part))
            if len(part) < 2 or norm(part) in countries:
                continue
            out.append(part)
    return out


def parse_code(cell):
    m = re.match(r"^(SC|CaPu|CaPr|ISFM|ISF|ISM|IP)\b", clean(cell))
    return m.group(1) if m else ""


def rating_year(code_cell, basis, url):
    m = re.match(r"^\w+ \((\d{4})\)", clean(code_cell))  # "ISM (2025); CaPu (2022-2024)"
    if m:
        return int(m.group(1))
    if "github.com/ASD-at-GMF" in url:
        return ASD_YEAR
    m = re.search(r"/(20\d\d)/", url)
    if m:
        return int(m.group(1))
    m = re.search(r"\b(20\d\d)\b", basis)
    return int(m.group(1)) if m else 0


def add_unique(lst, items):
    seen = {norm(x) for x in lst}
    for x in items:
        if x and norm(x) not in seen:
            lst.append(x)
            seen.add(norm(x))


def load_reference(path, countries):
    entries = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            row = {k: clean(v) for k, v in row.items()}
            code = parse_code(row["smm_code"])
            classification = row["classification"]
            qualifier = row["qualifier"]
            if classification == "uncertain":
                words = "uncertain: " + qualifier if qualifier else "uncertain"
            elif qualifier and not code:
                words = classification + " (" + qualifier + ")"
            elif qualifier and not qualifier.startswith(("SMM ", "per latest SMM")):
                words = classification + "; " + qualifier
            else:
                words = classification
            notes = []
            if row["uncertainty_note"]:
                notes.append(row["uncertainty_note"])
            if row["smm_code"] and not code and row["smm_code"].startswith("(ASD lists"):
                notes.append(row["smm_code"].strip("()"))
            if code and row["smm_code"] != code:
                notes.append("Models published: " + row["smm_code"])
            if row["government_actions"]:
                notes.append("Government actions: " + row["government_actions"])
            if row["notes"]:
                notes.append(row["notes"])
            entries.append({
                "id": slug(row["canonical_name"]),
                "name": row["canonical_name"],
                "aliases": parse_aliases(row["aliases"], countries),
                "domains": parse_domains(row["domains"]),
                "country": row["country"],
                "owner": row["owner_parent"],
                "typology": code,
                "classification": words,
                "year": rating_year(row["smm_code"], row["smm_code_basis"], row["classification_source_url"])
                if code else rating_year("", row["smm_code_basis"], row["classification_source_url"]),
                "source_url": row["classification_source_url"],
                "notes": notes,
                "kind": "",
                "sources": ["outlets-reference #" + row["id"]],
            })
    return entries


def load_major(path, countries):
    """Major outlets that are not state media (resources/registry/major-outlets.csv): never rated."""
    entries = []
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f), start=1):
            row = {k: clean(v) for k, v in row.items()}
            entries.append({
                "id": slug(row["canonical_name"]),
                "name": row["canonical_name"],
                "aliases": parse_aliases(row["aliases"], countries),
                "domains": [(d, True) for d, _ in parse_domains(row["domains"])],
                "country": row["country"],
                "owner": row["owner_parent"],
                "typology": "",
                "classification": row["classification"],
                "year": 0,
                "source_url": row["source_url"],
                "notes": [row["notes"]] if row["notes"] else [],
                "kind": row["kind"],
                "sources": ["major-outlets #" + str(i)],
            })
    return entries


def check_major(major, smm):
    for r in smm:
        for e in major:
            if country_key(e["country"]) == country_key(r["country"]) and (
                    norm(r["name"]) in names_of(e) or (r["domain"] and r["domain"] in {d for d, _ in e["domains"]})):
                sys.exit("major-outlets entry " + e["name"] + " matches state-media-profiles line " + str(r["line"]))


def strip_kind_prefix(name):
    m = re.match(r"^([A-Za-z ]{2,14}): (.+)$", name)
    if m and m.group(1).lower() in KIND_PREFIX:
        return m.group(2), KIND_PREFIX[m.group(1).lower()]
    return name, ""


def load_smm(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f), start=2):
            row = {k: clean(v) for k, v in row.items() if k}
            country = COUNTRY_FIX.get(row["Country"], row["Country"])
            company = row["Media company"]
            name, kind = strip_kind_prefix(row["Main assets"].rstrip("*").strip() or company)
            if not name or not country:
                continue
            raw_code = row["Typology"]
            code = raw_code.rstrip("?") if raw_code.rstrip("?") in CODES else ""
            notes = []
            if raw_code.endswith("?") and code:
                notes.append("The source data marks this model with a question mark (" + raw_code + ").")
            if not code:
                notes.append("No model is given in the source data.")
            status = row.get("Status", "")
            if status.lower() in ("currently not functional", "certificate expired"):
                notes.append("Status in the source data: " + status.lower() + ".")
            domain = host_of(row["URL"])
            if domain in BAD_DOMAINS:
                notes.append("The source data lists " + domain + ", a " + BAD_DOMAINS[domain] + "; not used.")
                domain = ""
            aliases = []
            m = re.match(r"^(.*) \(([^)]+)\)$", company)
            if m and norm(m.group(2)) == norm(name):
                aliases.append(clean(m.group(1)))
            rows.append({"line": i, "country": country, "company": company, "name": name, "kind": kind,
                         "code": code, "domain": domain, "aliases": aliases, "notes": notes})
    return rows


def bare(s):
    return clean(re.sub(r"\([^)]*\)", "", s))


def names_of(e):
    return {norm(e["name"])} | {norm(a) for a in e["aliases"]}


def merge(reference, smm):
    out = list(reference)
    by_key = {}
    for r in smm:
        target = None
        for e in reference:
            if country_key(e["country"]) != country_key(r["country"]):
                continue
            if norm(r["name"]) in names_of(e) or norm(bare(r["name"])) in names_of(e) or any(norm(a) in names_of(e) for a in r["aliases"]) or (
                    r["domain"] and r["domain"] in {d for d, _ in e["domains"]}):
                target = e
                break
        if target is None:
            key = (country_key(r["country"]), norm(bare(r["name"]) or r["name"]))
            target = by_key.get(key)
            if target is None:
                target = {
                    "id": slug(r["name"]), "name": r["name"], "aliases": [], "domains": [],
                    "country": r["country"], "owner": r["company"], "typology": r["code"],
                    "classification": SHORT.get(r["code"], "state-affiliated"),
                    "year": ASD_YEAR, "source_url": ASD_CSV_URL, "notes": list(r["notes"]), "kind": r["kind"],
                    "sources": [], "smm_only": True,
                }
                by_key[key] = target
                out.append(target)
            elif r["code"] and target["typology"] and r["code"] != target["typology"]:
                target["notes"].append("The source data also lists this outlet as " + r["code"] + ".")
        names = [bare(a) for a in [r["name"]] + r["aliases"]]
        add_unique(target["aliases"], [a for a in names if len(a) > 1 and norm(a) != norm(target["name"])])
        if r["domain"]:
            known = {d: i for i, (d, _) in enumerate(target["domains"])}
            if r["domain"] in known:
                target["domains"][known[r["domain"]]] = (r["domain"], True)  # confirmed by the ASD data
            else:
                target["domains"].append((r["domain"], True))
        if not target["kind"]:
            target["kind"] = r["kind"]
        target["sources"].append("state-media-profiles line " + str(r["line"]))
    return out


def finish(entries):
    ids = set()
    rows = []
    for e in entries:
        i = e["id"]
        if i in ids:
            i = i + "-" + slug(e["country"])
        n = 2
        base = i
        while i in ids:
            i = base + "-" + str(n)
            n += 1
        ids.add(i)
        for a in EXTRA_ALIASES.get(i, []):
            if a not in e["aliases"]:
                e["aliases"].append(a)
                e["sources"].append("alias " + a + ": " + EXTRA_ALIAS_SOURCES[i])
        notes = list(e["notes"])
        unverified = [d for d, ok in e["domains"] if not ok]
        if unverified:
            notes.append("Domain not confirmed by a source (UNVERIFIED): " + ", ".join(unverified) + ".")
        src = e["sources"]
        smm_lines = [s for s in src if s.startswith("state-media-profiles")]
        if len(smm_lines) > 3:
            src = [s for s in src if not s.startswith("state-media-profiles")] + smm_lines[:3] + [
                "(+" + str(len(smm_lines) - 3) + " more lines)"]
        rows.append([
            i, e["name"], "|".join(e["aliases"]), "|".join(d for d, _ in e["domains"]), e["country"], e["owner"],
            e["typology"], e["classification"], str(e["year"] or ""), e["source_url"], " ".join(
                n if n.endswith(".") else n + "." for n in notes), e["kind"], "; ".join(src),
        ])
    return rows


# Names an outlet gives itself that neither data set lists, by entry id, with the outlet's own page that shows them
# (decision 100: "CBC News" under a byline names Canada's CBC; the bare "CBC" stays shared with Azerbaijan's).
EXTRA_ALIASES = {"cbc-canada": ["CBC News", "CBC/Radio-Canada"]}
EXTRA_ALIAS_SOURCES = {"cbc-canada": "https://www.cbc.ca/news, https://cbc.radio-canada.ca"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    data = sys.argv[1] if len(sys.argv) > 1 else next(
        p for p in [os.path.join(repo, "..", "..", "shared", "data"), "/work/shared/data"] if os.path.isdir(p))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "resources", "registry", "outlets.tsv")
    smm = load_smm(os.path.join(data, "state-media-profiles", "State_Media_Matrix.csv"))
    countries = {country_key(r["country"]) for r in smm}
    reference = load_reference(os.path.join(data, "outlets-reference", "outlets.csv"), countries)
    major = load_major(os.path.join(repo, "resources", "registry", "major-outlets.csv"), countries)
    check_major(major, smm)
    merged = merge(reference, smm)
    rows = finish(merged[:len(reference)] + major + merged[len(reference):])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(clean(c) for c in r) + "\n")
    print("wrote", len(rows), "outlets to", out)


if __name__ == "__main__":
    main()
