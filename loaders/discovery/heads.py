"""The class a name's head implies, and a government body's level.

>>> classify("Ministry of Social Development")
('GovernmentBody', 'federal')
>>> classify("Municipality of Luque")
('GovernmentBody', 'municipal')
>>> classify("National Union of Care Workers"), classify("Malawi Congress of Trade Unions")
(('TradeUnion', None), ('TradeUnion', None))
>>> classify("Maseru Centre for Migrant Workers")
('CivilSocietyOrganization', None)
>>> classify("Embassy of Japan in Paraguay")
('Donor', None)
>>> classify("National Advisory Commission on Occupational Safety")
('GovernmentBody', 'federal')
>>> classify("Governor of Mendoza")
('GovernmentBody', 'state')
>>> classify("Secretaría de Derechos Humanos"), classify("GAD Municipal de Cuenca")
(('GovernmentBody', 'federal'), ('GovernmentBody', 'municipal'))
>>> classify("Unión Nacional de Trabajadoras del Hogar y Afines")
('TradeUnion', None)
>>> classify("Instituto Ecuatoriano de Seguridad Social")
('GovernmentBody', 'federal')
>>> classify("National Social Security Fund"), classify("Centre for Population and Social Research")
(('GovernmentBody', 'federal'), ('AcademicInstitution', None))
>>> classify("Action Coalition on Gender-Based Violence")
('Mechanism', None)
>>> classify("the workshop") is None
True

A Generation Equality "Action Coalition" is a multi-stakeholder space (a ``Mechanism``), not the
civil-society coalition its word "Coalition" would otherwise tell; a governor (of a state, a
province) is the state's executive, a government body of the state level.
"""

from __future__ import annotations

import re

_HEADS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), cls)
    for pattern, cls in (
        (r"^(?:the\s+)?(?:Generation Equality\s+)?Action Coalitions?\b", "Mechanism"),
        (r"^(?:the\s+)?(?:European|African)\s+Union\b|\bDevelopment Bank\b|^World Bank\b", "InternationalOrganization"),
        (r"^(?:the\s+)?(?:Embassy|Delegation|Consulate)\s+of\b", "Donor"),
        (
            r"\b(?:Senate|Chamber of Deputies|Parliament|National Assembly|Congress(?! of (?:Trade )?Unions)"
            r"|Legislative Assembly)\b",
            "Legislature",
        ),
        (
            r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}Training (?:Institute|Cent(?:er|re))\b|"
            r"\bInstitute for (?:Job|Labou?r|Vocational) Training\b",
            "TrainingInstitute",
        ),
        (
            r"\b(?:Trade\s+)?Unions?\b|\bSindicato\b|\bConfederation of (?:\w+\s+)?Workers\b|"
            r"\b(?:Uni[oó]n|Federaci[oó]n|Confederaci[oó]n)\b.*\bTrabajador",
            "TradeUnion",
        ),
        (
            r"\bEmployers?'?\b|\bChamber of (?:Commerce|Industry)\b|\bBusiness (?:Council|Association)\b",
            "EmployerOrganization",
        ),
        (
            r"\bUniversit(?:y|ies|ad)\b|\bCollege\b|\bColegio\b|\b(?:Technological|Polytechnic) Institute\b|"
            r"^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:Cent(?:er|re)|Institute)\s+(?:for|of)\s+(?:[\w-]+\s+){0,4}(?:Research|Studies)$",
            "AcademicInstitution",
        ),
        (
            r"^(?:the\s+)?(?:(?-i:[A-Z][a-z]+)(?:an|ian|ese|ish|ic|i)\s+)?"  # a demonym: "Paraguayan Institute of ..."
            r"(?:(?:National|Federal|General|Executive|Regional|Departmental|Provincial|District|State|Municipal)\s+)*"
            r"(?:(?:Advisory|Consultative|Coordinating|Interinstitutional|Intersecretarial|Inter-?ministerial)\s+)?"
            r"(?:(?:Under|Sub|Vice|Deputy\s)-?)?"  # "Undersecretariat for ...", "Vice-Ministry of ..."
            r"(?:Ministry|Ministries|Secretariat|Secretary|Secretaría|Ministerio|Directorate|Department|Agency|"
            r"Office|Institute|Instituto|Commission|Council|Authority|Government|Municipality|Township|"
            r"Prefecture|Governorate|Governor|Cabinet|Presidency|Gobierno|Consejo|Defensor[ií]a)\s+(?:of|for|on|de|del|para)\b|"
            r"^(?:the\s+)?Government of\b|\bCity Council\b|\bMunicipal Government\b|\bMunicipal(?:idad)?\s+de\b|"
            r"^(?:the\s+)?(?-i:[A-Z][a-z]+)(?:an|ian|ese|ish|ic|i)\s+(?:(?-i:[A-Z])\w+\s+){0,4}"
            r"(?:Institute|Commission|Agency|Council|Office|Ministry|Service)$|"
            r"^(?:the\s+)?National\s+(?:(?-i:[A-Z])\w+\s+){1,4}(?:Council|Commission|Agency|Authority|Service|Fund)$|"
            # Spanish: the adjectives come after the head ("Instituto Ecuatoriano de Seguridad Social")
            r"^(?:el\s+|la\s+|the\s+)?(?:Instituto|Consejo|Servicio|Secretar[ií]a|Ministerio|Comisi[oó]n|Agencia|"
            r"Direcci[oó]n|Superintendencia)\s+(?:(?-i:[A-Z])[\wáéíóúñ]+\s+){1,2}(?:de|del|para)\b",
            "GovernmentBody",
        ),
        (
            r"\b(?:Network|Association|Coalition|Foundation|Alliance|Federation|Movement|Collective)\b|^Red\b|"
            # a centre for a group of people ("Support and Training Centre for Domestic Workers")
            r"^(?:the\s+)?(?!National\b|Federal\b|State\b)(?:[\w-]+\s+){0,4}Cent(?:er|re)\s+(?:for|of)\b.*\b"
            r"(?:Workers|Employees|Women|Girls|Youth|Migrants|Children|Persons|People|Rights)$",
            "CivilSocietyOrganization",
        ),
    )
)
_MUNICIPAL = re.compile(
    r"^(?:the\s+)?(?:Municipality|Township|Municipal|City Council|City of)\b|\bCity Council\b|"
    r"\bMunicipal(?:idad)?\s+de\b",
    re.I,
)
_LOCAL = re.compile(
    r"^(?:the\s+)?(?:State|Regional|Departmental|Provincial|District|Governorate|Governor|Prefecture)\b", re.I
)


def classify(name: str) -> tuple[str, str | None] | None:
    """The class (and level, for a government body) the head of ``name`` implies; None if it tells nothing."""
    for pattern, cls in _HEADS:
        if pattern.search(name):
            if cls != "GovernmentBody":
                return cls, None
            if _MUNICIPAL.search(name):
                return cls, "municipal"
            return cls, "state" if _LOCAL.search(name) else "federal"
    return None


_REFINES = {
    "Actor": None,  # anything
    "CivilSocietyOrganization": ("TradeUnion", "AcademicInstitution"),
    "GovernmentBody": ("Legislature", "TrainingInstitute"),
    "PrivateCompany": ("EmployerOrganization",),
}


def refine(cls: str, name: str) -> tuple[str, str | None]:
    """The class a loader meant for a new node, made precise by a telling head (an unknown ``Actor``
    named "Ministry of ..." is a government body; a civil-society list's "... Union" a trade union)."""
    told = classify(name)
    if told is None or cls not in _REFINES:
        return cls, None
    allowed = _REFINES[cls]
    if allowed is None or told[0] in allowed:
        return told
    return cls, None
