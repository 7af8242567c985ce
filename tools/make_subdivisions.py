"""Write ``data/base/subdivisions.yaml``: the subdivisions of every country, from Debian's iso-codes
(ISO 3166-2), the public source it cites: first-level ones in their country, lower ones in the
subdivision ISO gives as their parent (Malawi's districts in its regions).

Run ``python tools/make_subdivisions.py``; the output is committed.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from make_countries import key_of, quoted

SOURCE = Path("/usr/share/iso-codes/json/iso_3166-2.json")
COUNTRIES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = Path(__file__).resolve().parents[1] / "data" / "base" / "subdivisions.yaml"
CHOSEN: tuple[str, ...] = ()
"""Countries whose subdivisions are shipped; empty: every country's (another programme's report names
its provinces, whatever its country)."""
CATEGORIES = ("State", "Department", "District", "Region", "Province", "County", "Municipality")
"""ISO 3166-2 categories that English puts before or after a subdivision's name ("State of México",
"Maseru District")."""
CITY = ("Ciudad de ", "Cidade de ")
"""Spanish and Portuguese heads that English writes as "<X> City" / "City of <X>" ("Mexico City")."""


def english_forms(name: str, category: str) -> list[str]:
    """The English ways of writing a subdivision, derived from its ISO name and category.

    English often drops the diacritics, so each form is given without them too.

    >>> english_forms("Ciudad de México", "Federal district")
    ['México City', 'Mexico City', 'City of México', 'City of Mexico']
    >>> english_forms("Maseru", "District")
    ['District of Maseru', 'Maseru District']
    """
    forms = []
    for head in CITY:
        if name.startswith(head):
            rest = name[len(head) :]
            forms += [f"{rest} City", f"City of {rest}"]
    if category in CATEGORIES:
        forms += [f"{category} of {name}", f"{name} {category}"]
    return list(dict.fromkeys(f for form in forms for f in (form, plain_letters(form))))


def plain_letters(text: str) -> str:
    """``text`` without diacritics ("México" -> "Mexico")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _named_as(name: str, country: dict) -> bool:
    """Whether a subdivision's ISO name is its country's name ("México" in Mexico), which would make
    the country's name an alias of the subdivision; such a subdivision is named by its category form."""
    names = {country["name"], country.get("common_name", ""), country.get("official_name", "")}
    return plain_letters(name).casefold() in {plain_letters(n).casefold() for n in names if n}


def main() -> None:
    countries = {c["alpha_2"]: c for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["3166-1"]}
    subdivisions = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-2"]
    lines = [
        "# Subdivisions (states, departments, districts, regions, municipalities; lower ones in their parent) of",
        f"# countries ({', '.join(CHOSEN) or 'every country ISO 3166-1 lists'}), with their ISO 3166-2 codes. "
        "Source: ISO 3166-2, as published in",
        "# Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-2.json), written by",
        "# tools/make_subdivisions.py. Every value cites this file's line. Keys are the name and the country's key.",
        "# Aliases are the English forms of the ISO name and category, derived by rule (tools/make_subdivisions.py",
        "# english_forms): 'State of México' and 'México State' for a State, 'México City' for 'Ciudad de México',",
        "# each also without its diacritics ('Mexico City').",
        "places:",
    ]
    used: set[str] = set()
    keys: dict[str, str] = {}  # ISO code -> key, for the subdivisions a lower level lies in
    pending = sorted(subdivisions, key=lambda s: ("parent" in s, s["code"]))  # first levels keep their keys
    while pending:
        later = []
        for sub in pending:
            country_code = sub["code"].split("-")[0]
            if (CHOSEN and country_code not in CHOSEN) or country_code not in countries:
                continue
            parent = f"{country_code}-{sub['parent']}" if "parent" in sub else None
            if parent is not None and parent not in keys:
                later.append(sub)  # its region first
                continue
            country = countries[country_code]
            country_key = key_of(country.get("common_name") or country["name"])
            sub = {**sub, "name": sub["name"].rstrip("*").strip()}  # "Alacant*": ISO's mark of a co-official name
            key = f"{key_of(sub['name'])}-{country_key}"
            key = key if key not in used else f"{key}-{key_of(sub['code'])}"  # Toshkent city and region
            used.add(key)
            keys[sub["code"]] = key
            lines += [
                f"- key: {key}",
                "  type: State",
                f"  name: {quoted(sub['name'])}",
                f"  code: {sub['code']}",
                f"  in: {keys[parent] if parent else country_key}",
            ]
            aliases = english_forms(sub["name"], sub["type"])
            if _named_as(sub["name"], country):  # México in Mexico: named by its category form
                if not aliases:  # a category English does not put before names ("City"): "City of Djibouti"
                    aliases = [f"{sub['type']} of {sub['name']}"]
                lines[-3] = f"  name: {quoted(aliases[0])}"
                aliases = aliases[1:]
            if aliases:
                lines += ["  aliases:", *(f"  - {quoted(alias)}" for alias in aliases)]
        if len(later) == len(pending):
            break  # a parent ISO does not list: those are left out
        pending = later
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
