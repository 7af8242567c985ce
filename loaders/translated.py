"""The words a body's name says, in English, whichever of English and Spanish it is written in.

Reports in English name the bodies of Spanish-speaking countries in both languages ("Ministry of
Economic and Social Inclusion (MIES)" on the cover, "the Ministerio de Inclusión Económica y Social"
in the text). :func:`english_words` gives both the same set: the resolver's normal form
(:func:`gapgraph.graph.resolve.normalise`: case, accents, link words and spellings forgotten, a
*Secretaría* a ministry), then Spanish words through a short glossary of the words of government
names and the regular endings of cognates ("-cion" -> "-tion", "-ica" -> "-ic"). Two names of one
country with the same set of at least two words (and a head among them) name one body
(:meth:`gapgraph.loaders.builder.Builder.actor`).

>>> spanish, english = "Ministerio de Inclusión Económica y Social", "Ministry of Economic and Social Inclusion"
>>> english_words(spanish) == english_words(english)
True
>>> sorted(english_words("Ministerio del Trabajo")), sorted(english_words("Ministry of Labour"))
(['labor', 'ministry'], ['labor', 'ministry'])
>>> english_words("Ministerio de Salud") == english_words("Ministry of Labour")
False
"""

from __future__ import annotations

from gapgraph.graph.resolve import normalise

_LINKS = frozenset("on in to an para en con e".split())  # noqa: SIM905
"""Link words the normal form keeps."""
_GLOSSARY = {
    "ministerio": "ministry",
    "instituto": "institute",
    "consejo": "council",
    "comision": "commission",
    "agencia": "agency",
    "direccion": "directorate",
    "gobierno": "government",
    "defensoria": "ombudsman",
    "nacional": "national",
    "trabajo": "labor",
    "salud": "health",
    "mujer": "women",
    "mujeres": "women",
    "woman": "women",
    "derechos": "rights",
    "humanos": "human",
    "igualdad": "equality",
    "genero": "gender",
    "seguridad": "security",
    "desarrollo": "development",
    "economia": "economy",
    "finanzas": "finance",
    "hacienda": "finance",
    "educacion": "education",
    "ninez": "childhood",
    "familia": "family",
    "cuidados": "care",
    "trabajadoras": "workers",
    "trabajadores": "workers",
    "hogar": "household",
    "bienestar": "welfare",
    "empleo": "employment",
    "planificacion": "planning",
    "agricultura": "agriculture",
    "ganaderia": "livestock",
    "vivienda": "housing",
    "estadistica": "statistics",
    "censos": "censuses",
    "pueblo": "people",
}
_ENDINGS = (
    ("cion", "tion"),
    ("sion", "sion"),
    ("dad", "ty"),
    ("ica", "ic"),
    ("ico", "ic"),
    ("iva", "ive"),
    ("ivo", "ive"),
)
HEADS = frozenset("ministry institute council commission agency directorate government ombudsman".split())  # noqa: SIM905
"""The words a set must hold to name a body by its words alone."""


def _english(word: str) -> str:
    if word in _GLOSSARY:
        return _GLOSSARY[word]
    for spanish, english in _ENDINGS:
        if word.endswith(spanish) and len(word) > len(spanish) + 2:
            return word[: -len(spanish)] + english
    return word


def english_words(name: str) -> frozenset[str]:
    """The English content words of a body's name (see the module's docstring)."""
    return frozenset(_english(w) for w in normalise(name).split() if w not in _LINKS)


def translation_key(name: str) -> frozenset[str] | None:
    """The words two spellings of one body share, if they can name it alone: two or more, a head
    among them; else None."""
    words = english_words(name)
    return words if len(words) >= 2 and words & HEADS else None
